/**
 * The pages the benchmark measures, one list for the timed runs (bench/run.ts) and the traces
 * (bench/trace.ts): ours (the dashboard, the map embed, the embed on a phone), the ECharts peer
 * and the Svelte 5 + d3-geo floor.
 */
import type { Target } from './measure.ts';

/** The benchmark's own ports: the app, the peer, the floor. */
export const PORTS = { app: 4310, peer: 4311, floor: 4312 } as const;

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
