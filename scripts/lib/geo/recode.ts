/**
 * Brings the ECharts 4 map's codes and names up to date from data/districts.csv: a feature whose
 * code is a district's `former_code` (梁平县 500228 → 梁平区 500155, 武隆县 500232 → 武隆区 500156)
 * takes the current code and name. The renames live in districts.csv (reviewed reference data),
 * not here. Anything that matches neither a code nor a former code is an error.
 * Owns: the join between map features and the district list.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DistrictProps } from './decode.ts';

export interface DistrictRef {
  code: string;
  name_zh: string;
  former_code: string;
  former_name_zh: string;
}

export interface RecodeResult {
  features: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  /** "梁平县 500228 → 梁平区 500155" lines, for the build log. */
  changes: string[];
}

export function recodeDistricts(
  fc: FeatureCollection<Polygon | MultiPolygon, DistrictProps>,
  districts: readonly DistrictRef[],
): RecodeResult {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const byFormer = new Map(districts.filter((d) => d.former_code).map((d) => [d.former_code, d]));
  const changes: string[] = [];
  const seen = new Set<string>();
  const features = fc.features.map((f) => {
    const { code, name } = f.properties;
    const current = byCode.get(code);
    const renamed = current ? undefined : byFormer.get(code);
    const d = current ?? renamed;
    if (!d)
      throw new Error(`map feature ${code} ${name}: no district with this code or former code`);
    const knownNames = [d.name_zh, d.former_name_zh].filter(Boolean);
    if (!knownNames.includes(name))
      throw new Error(`map feature ${code} ${name}: name does not match ${knownNames.join(' / ')}`);
    if (seen.has(d.code)) throw new Error(`map has two features for ${d.code} ${d.name_zh}`);
    seen.add(d.code);
    if (code !== d.code || name !== d.name_zh)
      changes.push(`${name} ${code} → ${d.name_zh} ${d.code}`);
    return { ...f, properties: { code: d.code, name: d.name_zh } };
  });
  const missing = districts.filter((d) => !seen.has(d.code));
  if (missing.length)
    throw new Error(
      `map has no feature for ${missing.map((d) => `${d.code} ${d.name_zh}`).join(', ')}`,
    );
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { features: { ...fc, features }, changes };
}
