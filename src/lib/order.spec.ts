import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareIds } from './order';

describe('compareIds', () => {
  it('orders codes, ids and ISO dates as localeCompare does', () => {
    const id = fc.stringMatching(/^[0-9a-z][0-9a-z-]{0,14}$/);
    fc.assert(
      fc.property(id, id, (a, b) => Math.sign(compareIds(a, b)) === Math.sign(a.localeCompare(b))),
      { numRuns: 2000 },
    );
    const sorted = ['500101', '500102', '500241', 'x-liangjiang', '2024-05-25', 'plenary-6-10'];
    expect([...sorted].sort(compareIds)).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
  });
});
