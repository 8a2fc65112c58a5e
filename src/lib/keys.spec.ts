import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyed } from './keys';

describe('keyed', () => {
  it('keeps unique keys as they are and numbers repeats', () => {
    const rows = [{ as_of: '2024-05' }, { as_of: '2023-12' }, { as_of: '2024-05' }];
    expect(keyed(rows, (r) => r.as_of).map((k) => k.key)).toEqual([
      '2024-05',
      '2023-12',
      '2024-05#2',
    ]);
  });

  it('gives every item of any list a distinct key', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 30 }), (list) => {
        const keys = keyed(list, (s) => s).map((k) => k.key);
        expect(new Set(keys).size).toBe(list.length);
      }),
    );
  });
});
