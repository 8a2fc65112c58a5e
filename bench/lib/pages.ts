/**
 * The pages the benchmark measures, one list for the timed runs (bench/run.ts) and the traces
 * (bench/trace.ts): ours (the dashboard, the map embed, the embed on a phone), the ECharts peer
 * and the Svelte 5 + d3-geo floor.
 */
import type { Target } from './measure.ts';

/** The benchmark's own ports: the app, the peer, the floor. */
// BENCH_PORT=NNNN moves all three (NNNN, +1, +2) when something else holds 4310–4312.
const BASE = Number(process.env.BENCH_PORT ?? 4310);
export const PORTS = { app: BASE, peer: BASE + 1, floor: BASE + 2 } as const;

/** A phone's viewport (iPhone 12–15 class) for the embed, the view most readers meet. */
export const PHONE = { width: 390, height: 844 };

export function PAGES(appUrl: string, peerUrl: string, floorUrl: string): Target[] {
  const embed = `${appUrl}?mode=embed&chart=map`;
  return [
    { id: 'dashboard', label: 'ours: dashboard', kind: 'ours', url: appUrl },
    { id: 'embed', label: 'ours: map embed', kind: 'ours', url: embed },
    {
      id: 'embed-phone',
      label: 'ours: map embed, phone',
      kind: 'ours',
      url: embed,
      viewport: PHONE,
    },
    { id: 'peer', label: 'peer: ECharts 6 map', kind: 'peer', url: peerUrl },
    { id: 'floor', label: 'floor: Svelte 5 + d3-geo', kind: 'floor', url: floorUrl },
  ];
}
