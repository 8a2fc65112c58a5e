import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  LAZY,
  checkBuild,
  closure,
  entries,
  entryWaitsFor,
  type Entry,
  type Manifest,
} from './budget.ts';

/** Bytes gzip cannot shrink (a fixed pseudo-random stream), so a file's gzip size is ~its size. */
function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A small build: the dashboard's entry, the map view, a shared chunk, one CSS file. */
function build(extra: Partial<Manifest> = {}): {
  manifest: Manifest;
  read: (f: string) => Uint8Array;
} {
  const manifest: Manifest = {
    'index.html': { file: 'index.html', imports: ['src/main.ts'] },
    'src/main.ts': {
      file: 'assets/main.js',
      isEntry: true,
      dynamicImports: ['src/App.svelte'],
    },
    'src/App.svelte': {
      file: 'assets/App.js',
      isDynamicEntry: true,
      imports: ['_shared.js'],
      css: ['assets/App.css'],
      dynamicImports: ['src/components/map/MapPanel.svelte'],
    },
    'src/components/map/MapPanel.svelte': {
      file: 'assets/MapPanel.js',
      isDynamicEntry: true,
      imports: ['_shared.js'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    ...(extra as Manifest),
  };
  const sizes: Record<string, number> = {
    'assets/main.js': 1024,
    'assets/App.js': 4096,
    'assets/App.css': 1024,
    'assets/MapPanel.js': 8192,
    'assets/shared.js': 2048,
    'assets/Desk.js': 30_000,
    'data/districts.csv': 1024,
  };
  const read = (f: string) => {
    const size = sizes[f];
    if (size === undefined) throw new Error(`no file ${f}`);
    return noise(size, f.length * 7919 + size);
  };
  return { manifest, read };
}

const DASHBOARD: Entry = {
  name: 'dashboard',
  paint: ['index.html', 'src/App.svelte', 'src/components/map/MapPanel.svelte'],
  later: [],
  data: ['districts'],
};

describe('byte budgets', () => {
  it('follows static imports and CSS, not dynamic ones', () => {
    const { manifest } = build();
    expect([...closure(manifest, ['src/App.svelte'])].sort()).toEqual([
      'assets/App.css',
      'assets/App.js',
      'assets/shared.js',
    ]);
  });

  it('passes a build within its budgets', () => {
    const { manifest, read } = build();
    const result = checkBuild(manifest, read, { dashboard: { paint: 20, load: 20 } }, {}, [
      DASHBOARD,
    ]);
    expect(result.lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(result.ok).toBe(true);
    // main 1 + App 4 + CSS 1 + MapPanel 8 + shared 2 KB, gzip adds a few bytes per file.
    expect(result.sizes[0]!.paint / 1024).toBeGreaterThan(16);
    expect(result.sizes[0]!.paint / 1024).toBeLessThan(16.2);
  });

  it('fails when an entry is over its budget, and says by how much', () => {
    const { manifest, read } = build();
    const result = checkBuild(manifest, read, { dashboard: { paint: 20, load: 16 } }, {}, [
      DASHBOARD,
    ]);
    expect(result.ok).toBe(false);
    expect(result.lines).toContainEqual(
      expect.stringMatching(/^FAIL dashboard first load .* of 16 KB/),
    );
    expect(result.lines).toContainEqual(expect.stringMatching(/^ok {3}dashboard first paint/));
  });

  it('fails an entry that has no budget', () => {
    const { manifest, read } = build();
    const result = checkBuild(manifest, read, {}, {}, [DASHBOARD]);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(['FAIL dashboard: no budget (add one to BUDGETS)']);
  });

  it('fails a new dynamic import unless it is declared lazy with a reason', () => {
    const desk = {
      'src/components/desk/Desk.svelte': {
        file: 'assets/Desk.js',
        isDynamicEntry: true,
      },
    };
    const { manifest, read } = build(desk);
    manifest['src/App.svelte']!.dynamicImports!.push('src/components/desk/Desk.svelte');
    const budgets = { dashboard: { paint: 20, load: 20 } };

    const undeclared = checkBuild(manifest, read, budgets, {}, [DASHBOARD]);
    expect(undeclared.ok).toBe(false);
    expect(undeclared.lines[0]).toMatch(
      /^FAIL dashboard: src\/components\/desk\/Desk.svelte is imported dynamically but not accounted for/,
    );

    const declared = checkBuild(
      manifest,
      read,
      budgets,
      { 'src/components/desk/Desk.svelte': 'the data desk (?mode=desk), when opened' },
      [DASHBOARD],
    );
    expect(declared.ok).toBe(true);
    // Lazy code is not counted in the first load (30 KB would break the 20 KB budget).
    expect(declared.sizes[0]!.load / 1024).toBeLessThan(20);
  });

  it('has a budget for every entry and a reason for every lazy module', () => {
    for (const entry of entries()) expect(BUDGETS[entry.name], entry.name).toBeDefined();
    for (const [key, reason] of Object.entries(LAZY))
      expect(reason.length, key).toBeGreaterThan(10);
  });
});

describe('entryWaitsFor', () => {
  it('names the chunks the page’s first script must wait for, none when it imports none', () => {
    const entry = { file: 'assets/index.js', isEntry: true, dynamicImports: ['src/App.svelte'] };
    expect(entryWaitsFor({ 'index.html': entry })).toEqual([]);
    expect(
      entryWaitsFor({
        'index.html': { ...entry, imports: ['_order.js'] },
        '_order.js': { file: 'assets/order-x1.js' },
      }),
    ).toEqual(['assets/order-x1.js']);
  });
});
