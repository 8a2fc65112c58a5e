/**
 * CSS stripes as an SVG pattern: a computed `repeating-linear-gradient(...)` background (the
 * timeline's uncertain dates, the "no data" legend swatch, a derived bar) turned into a
 * <pattern> an exported file can fill with, so a download shows the hatch the screen shows
 * instead of an empty outline.
 * Owns: gradient text → pattern markup. Pure: tested in Node; knows nothing about the DOM.
 */

export interface HatchPattern {
  id: string;
  /** The <pattern> element, for the file's <defs>. */
  markup: string;
}

interface Stop {
  color: string;
  at: number;
}

/** Splits at commas that are not inside parentheses. */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * A colour SVG renderers all read: `color(srgb r g b / a)` (what browsers compute for
 * color-mix) as rgba(); anything else as given.
 */
export function svgColor(color: string): string {
  const m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/.exec(color);
  if (!m) return color;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Math.round(Number(v) * 255));
  return `rgba(${r}, ${g}, ${b}, ${m[4] ?? 1})`;
}

/** "rgb(1, 2, 3) 0px 3px" → colour and its one or two positions in px. */
function readStop(text: string): Stop[] | null {
  const m = /^(.*?\))\s*((?:-?[\d.]+px\s*){0,2})$|^([a-z]+)\s*((?:-?[\d.]+px\s*){0,2})$/i.exec(
    text,
  );
  if (!m) return null;
  const color = m[1] ?? m[3]!;
  const positions = (m[2] ?? m[4] ?? '').trim().split(/\s+/).filter(Boolean).map(parseFloat);
  if (!positions.length) return null;
  return positions.map((at) => ({ color, at }));
}

const ESC = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The pattern for a computed background-image, or null when it is not a repeating linear
 * gradient with px stops. CSS measures the angle clockwise from "to top"; a pattern's stripes
 * run along x, so it is rotated by angle − 90°.
 */
export function hatchPattern(backgroundImage: string, id: string): HatchPattern | null {
  const m = /^repeating-linear-gradient\((.*)\)$/.exec(backgroundImage.trim());
  if (!m) return null;
  const parts = topLevel(m[1]!);
  let angle = 180;
  const first = /^(-?[\d.]+)deg$/.exec(parts[0] ?? '');
  if (first) {
    angle = Number(first[1]);
    parts.shift();
  } else if (/^to /.test(parts[0] ?? '')) {
    const to: Record<string, number> = { top: 0, right: 90, bottom: 180, left: 270 };
    angle = to[parts.shift()!.slice(3).trim()] ?? 180;
  }
  const stops: Stop[] = [];
  for (const part of parts) {
    const read = readStop(part);
    if (!read) return null;
    stops.push(...read);
  }
  const period = stops.at(-1)?.at ?? 0;
  if (stops.length < 2 || period <= 0) return null;
  const bands: string[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const a = stops[i]!;
    const b = stops[i + 1]!;
    const width = b.at - a.at;
    if (width <= 0) continue;
    const color = svgColor(a.color);
    if (/^(transparent|rgba\(.*,\s*0\))$/.test(color)) continue;
    bands.push(`<rect x="${a.at}" width="${width}" height="${period}" fill="${ESC(color)}"/>`);
  }
  const markup =
    `<pattern id="${ESC(id)}" width="${period}" height="${period}" patternUnits="userSpaceOnUse"` +
    ` patternTransform="rotate(${angle - 90})">${bands.join('')}</pattern>`;
  return { id, markup };
}
