/**
 * The later boundary vintage as a second object of the same topology: units in force on the
 * vintage keep their geometry; a unit set up from abolished ones (两江新区 from 江北区 and 渝北区)
 * is the union of their shapes, made with topojson-client's mergeArcs, so it is built from the
 * same arcs and its borders stay shared with its neighbours (one mesh, no slivers).
 * The source geometry knows only the 2016 units: transfers of parts (the five towns each way
 * between 渝北/两江新区 and 北碚) cannot be drawn, so the merged shape is approximate.
 * Owns: that construction. Pure.
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import {
  crosswalk,
  vintageUnits,
  type UnitRow,
  type VintageId,
} from '../../../src/lib/vintages.ts';
import { OBJECT_NAME, type DistrictTopology } from './topology.ts';

/** The TopoJSON object holding a vintage: `districts` (2016, as before), `districts_2025`. */
export function objectName(vintage: VintageId): string {
  return vintage === '2016' ? OBJECT_NAME : `${OBJECT_NAME}_${vintage}`;
}

type Geometry = GeometryObject<{ name: string }>;

export interface VintageObject {
  name: string;
  geometries: Geometry[];
  /** Units made by merging: 两江新区 x-liangjiang from 江北区 500105 and 渝北区 500112. */
  merged: { code: string; name: string; parts: { code: string; name: string }[] }[];
}

/**
 * The geometries of `vintage` from the topology's base object (the earliest vintage): each unit
 * as itself, or as the merge of the base units that the crosswalk puts into it.
 */
export function vintageObject(
  topology: DistrictTopology,
  rows: readonly UnitRow[],
  vintage: VintageId,
): VintageObject {
  const base = topology.objects[OBJECT_NAME].geometries as Geometry[];
  const byCode = new Map(base.map((g) => [String(g.id), g]));
  const parts = new Map<string, Geometry[]>();
  for (const g of base) {
    const c = crosswalk(rows, String(g.id), vintage);
    if (!c.code) throw new Error(`${g.id}: no unit of the ${vintage} boundaries holds its area`);
    parts.set(c.code, [...(parts.get(c.code) ?? []), g]);
  }
  const merged: VintageObject['merged'] = [];
  const geometries = vintageUnits(rows, vintage).map((unit): Geometry => {
    const own = parts.get(unit.code) ?? [];
    if (own.length === 1 && byCode.has(unit.code)) return own[0]!;
    if (!own.length) throw new Error(`${unit.code} ${unit.name_zh}: no shape of the base map`);
    merged.push({
      code: unit.code,
      name: unit.name_zh,
      parts: own.map((g) => ({
        code: String(g.id),
        name: (g.properties as { name?: string } | undefined)?.name ?? '',
      })),
    });
    const shape = mergeArcs(topology, own as (Polygon | MultiPolygon)[]);
    return { ...shape, id: unit.code, properties: { name: unit.name_zh } } as Geometry;
  });
  return { name: objectName(vintage), geometries, merged };
}
