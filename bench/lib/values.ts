/**
 * What the peer colours its districts by: pledges per district from data/pledges.csv when the
 * pipeline has written it, otherwise each district's rank by code (a stand-in that still spreads
 * the districts over all classes). Output: code,name,value CSV for the peer page.
 */
import { parseCsv } from '../../scripts/lib/csv.ts';
import type { DistrictCollection } from './geometry.ts';

export function peerValues(geojson: DistrictCollection, pledgesCsv: string | null): string {
  const counts = new Map<string, number>();
  if (pledgesCsv !== null)
    for (const row of parseCsv(pledgesCsv, 'data/pledges.csv', ['district_code'])) {
      const code = row.district_code ?? '';
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  const codes = geojson.features.map((f) => f.properties.code).sort();
  const lines = geojson.features.map((f) => {
    const { code, name } = f.properties;
    const value = pledgesCsv !== null ? (counts.get(code) ?? 0) : codes.indexOf(code);
    return `${code},${name},${value}`;
  });
  return ['code,name,value', ...lines].join('\n') + '\n';
}
