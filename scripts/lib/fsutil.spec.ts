import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL, STAGING, leftovers, recoverInterruptedWrite, writeAllAtomic } from './fsutil';

const tmp = () => mkdtempSync(join(tmpdir(), 'cq-fs-'));

function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { withFileTypes: true }))
    if (f.isFile() && !f.name.startsWith('.'))
      out[f.name] = readFileSync(join(dir, f.name), 'utf8');
  return out;
}

/** Thrown by the fault hook: the run stops there, as if the process had been killed. */
class Crash extends Error {}

describe('writeAllAtomic', () => {
  it('replaces only files whose content changed and leaves nothing behind', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'same.csv'), 'a\n');
    writeFileSync(join(dir, 'old.csv'), 'old\n');
    const changed = writeAllAtomic(
      new Map([
        [join(dir, 'same.csv'), 'a\n'],
        [join(dir, 'old.csv'), 'new\n'],
        [join(dir, 'sub', 'fresh.csv'), 'fresh\n'],
      ]),
      { root: dir },
    );
    expect(changed).toEqual([join(dir, 'old.csv'), join(dir, 'sub', 'fresh.csv')]);
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['old.csv', 'same.csv', 'sub']);
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces nothing when one file cannot be staged', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), 'before\n');
    // A file where a folder should go: staging b/c.csv fails after a.csv was staged.
    writeFileSync(join(dir, 'b'), 'a file\n');
    expect(() =>
      writeAllAtomic(
        new Map([
          [join(dir, 'a.csv'), 'after\n'],
          [join(dir, 'b', 'c.csv'), 'x\n'],
        ]),
        { root: dir },
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('before\n');
    expect(leftovers(dir)).toEqual([]);
  });

  // A set of 9 files, 7 of them changed, stopped after each possible rename in turn.
  const OLD = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}.csv`, `old ${i}\n`]));
  const NEW = Object.fromEntries(
    Object.entries(OLD).map(([f, c], i) => [f, i < 7 ? `new ${i}\n` : c]),
  );

  it.each([1, 2, 3, 4, 5, 6, 7])(
    'stopped after rename %i of 7: --check sees the leftovers, the next run completes the set',
    (k) => {
      const dir = tmp();
      writeFileSync(join(dir, 'corrections.csv'), 'hand-edited\n');
      for (const [f, c] of Object.entries(OLD)) writeFileSync(join(dir, f), c);
      const files = new Map(Object.entries(NEW).map(([f, c]) => [join(dir, f), c]));
      expect(() =>
        writeAllAtomic(files, {
          root: dir,
          afterRename: (n) => {
            if (n === k) throw new Crash(`stopped after rename ${n}`);
          },
        }),
      ).toThrow(Crash);
      // Half-way: k files new, the rest old, and the journal says what is left to do.
      const mixed = contents(dir);
      expect(Object.keys(NEW).filter((f) => mixed[f] === NEW[f] && NEW[f] !== OLD[f])).toHaveLength(
        k,
      );
      expect(leftovers(dir)).toEqual([join(dir, JOURNAL), join(dir, STAGING)]);

      const recovery = recoverInterruptedWrite(dir);
      expect(recovery.completed).toHaveLength(7 - k);
      expect(recovery.warnings).toEqual([]);
      expect(contents(dir)).toEqual({ ...NEW, 'corrections.csv': 'hand-edited\n' });
      expect(leftovers(dir)).toEqual([]);
    },
  );

  it('a run stopped while staging (before the journal) is rolled back: nothing replaced', () => {
    const dir = tmp();
    for (const [f, c] of Object.entries(OLD)) writeFileSync(join(dir, f), c);
    mkdirSync(join(dir, STAGING));
    writeFileSync(join(dir, STAGING, '0'), 'new 0\n');
    expect(leftovers(dir)).toEqual([join(dir, STAGING)]);
    const recovery = recoverInterruptedWrite(dir);
    expect(recovery.completed).toEqual([]);
    expect(contents(dir)).toEqual(OLD);
    expect(leftovers(dir)).toEqual([]);
  });

  it('cleans temp files the earlier writer orphaned, and --check sees them', () => {
    const dir = tmp();
    writeFileSync(join(dir, '.sources.csv.4242.tmp'), 'half');
    expect(leftovers(dir)).toEqual([join(dir, '.sources.csv.4242.tmp')]);
    writeAllAtomic(new Map([[join(dir, 'sources.csv'), 'x\n']]), { root: dir });
    expect(existsSync(join(dir, '.sources.csv.4242.tmp'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('the next write completes an interrupted set before writing its own', () => {
    const dir = tmp();
    for (const [f, c] of Object.entries(OLD)) writeFileSync(join(dir, f), c);
    const files = new Map(Object.entries(NEW).map(([f, c]) => [join(dir, f), c]));
    expect(() =>
      writeAllAtomic(files, {
        root: dir,
        afterRename: () => {
          throw new Crash();
        },
      }),
    ).toThrow(Crash);
    writeAllAtomic(new Map([[join(dir, 'f8.csv'), 'newer 8\n']]), { root: dir });
    expect(contents(dir)).toEqual({ ...NEW, 'f8.csv': 'newer 8\n' });
    expect(leftovers(dir)).toEqual([]);
  });
});
