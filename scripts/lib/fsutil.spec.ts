import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomic } from './fsutil';

describe('writeAllAtomic', () => {
  it('replaces only files whose content changed and leaves no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cq-fs-'));
    writeFileSync(join(dir, 'same.csv'), 'a\n');
    writeFileSync(join(dir, 'old.csv'), 'old\n');
    const changed = writeAllAtomic(
      new Map([
        [join(dir, 'same.csv'), 'a\n'],
        [join(dir, 'old.csv'), 'new\n'],
        [join(dir, 'sub', 'fresh.csv'), 'fresh\n'],
      ]),
    );
    expect(changed).toEqual([join(dir, 'old.csv'), join(dir, 'sub', 'fresh.csv')]);
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['old.csv', 'same.csv', 'sub']);
  });

  it('replaces nothing when one file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cq-fs-'));
    writeFileSync(join(dir, 'a.csv'), 'before\n');
    // A directory where a file should go: writing it fails after a.csv was staged.
    mkdirSync(join(dir, 'blocked.csv'));
    mkdirSync(join(dir, '.blocked.csv.' + process.pid + '.tmp'));
    expect(() =>
      writeAllAtomic(
        new Map([
          [join(dir, 'a.csv'), 'after\n'],
          [join(dir, 'blocked.csv'), 'x\n'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('before\n');
    expect(readdirSync(dir).filter((f) => f.startsWith('.a.csv'))).toEqual([]);
  });
});
