/**
 * A linear scale with round ends and ticks, as d3-scale's scaleLinear().nice() gives them, for
 * the charts that need nothing else: d3-scale brings d3-interpolate and all of d3-color along
 * (≈6 KB gzip) to map numbers to numbers. A test holds it equal to d3-scale.
 * Owns: number → pixel mapping. Knows nothing about the DOM.
 */
import { nice as niceDomain, ticks as tickValues } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  ticks(count?: number): number[];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: { nice?: boolean } = {},
): LinearScale {
  const [d0, d1] = options.nice ? niceDomain(domain[0], domain[1], 10) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((v: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (count = 10) => tickValues(d0, d1, count);
  return scale;
}
