import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256Hex', () => {
  it('agrees with node:crypto on the seeds and on the padding boundaries', () => {
    const seed = readFileSync('seeds/000_6c78977ad545aa15.txt');
    expect(sha256Hex(seed)).toBe(node(seed));
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128])
      expect(sha256Hex(new Uint8Array(n).fill(0x61))).toBe(node(new Uint8Array(n).fill(0x61)));
  });

  it('agrees with node:crypto on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => sha256Hex(b) === node(b)));
  });
});
