/**
 * Which district labels fit at the current drawing scale, and where: a label is shown when its
 * text fits inside the district (inscribed circle at the label anchor) and does not overlap a
 * label already placed; larger districts are placed first.
 * Owns: that choice and the short names used. Pure; text widths are estimated, not measured.
 */
export interface LabelCandidate {
  code: string;
  text: string;
  /** Anchor in view units. */
  x: number;
  y: number;
  /** Room around the anchor, in view units. */
  radius: number;
}

export interface PlacedLabel {
  code: string;
  text: string;
  x: number;
  y: number;
}

/**
 * Short name for a label: 渝中区 → 渝中, 石柱土家族自治县 → 石柱, 两江新区 → 两江; 忠县 stays (one
 * character is too short).
 */
export function shortName(nameZh: string): string {
  const stripped = nameZh
    .replace(/(土家族|苗族)+自治县$/, '')
    .replace(/新区$/, '')
    .replace(/[区县]$/, '');
  return stripped.length >= 2 ? stripped : nameZh;
}

/** Short English name for a label: Liangjiang New Area → Liangjiang (as Yuzhong for 渝中区). */
export function shortNameEn(nameEn: string): string {
  return nameEn.replace(/ New Area$/, '');
}

/** Estimated width in em: CJK characters are square; Latin letters average ~0.58 em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return w;
}

/** Room to spare around a label, in CSS pixels. */
const LABEL_PAD_PX = 2;

export function placeLabels(
  candidates: readonly LabelCandidate[],
  pxPerUnit: number,
  fontPx: number,
  /** False where labels may spill over borders (the enlarged inset, with a halo). */
  fitInside = true,
): PlacedLabel[] {
  const placed: { label: PlacedLabel; box: [number, number, number, number] }[] = [];
  const sorted = [...candidates].sort(
    (a, b) => b.radius - a.radius || a.code.localeCompare(b.code),
  );
  for (const c of sorted) {
    const halfW = (textWidthEm(c.text) * fontPx) / 2 + LABEL_PAD_PX;
    const halfH = fontPx * 0.6 + LABEL_PAD_PX;
    // The label's box must sit inside the inscribed circle (corners included).
    if (fitInside && Math.hypot(halfW, halfH) > c.radius * pxPerUnit) continue;
    const x = c.x * pxPerUnit;
    const y = c.y * pxPerUnit;
    const box: [number, number, number, number] = [x - halfW, y - halfH, x + halfW, y + halfH];
    const overlaps = placed.some(
      (p) => box[0] < p.box[2] && box[2] > p.box[0] && box[1] < p.box[3] && box[3] > p.box[1],
    );
    if (overlaps) continue;
    placed.push({ label: { code: c.code, text: c.text, x: c.x, y: c.y }, box });
  }
  return placed.map((p) => p.label);
}
