/**
 * Hit targets for districts too small to point at: an invisible square of at least the minimum
 * target size on each, nudged apart along the axis where they are already furthest apart until
 * no two overlap (WCAG 2.5.8 wants each target to be a whole 24×24 px square).
 * Owns: target placement, in CSS pixels. Pure.
 */
export interface Target {
  code: string;
  x: number;
  y: number;
}

const MAX_PASSES = 50;

export function separateTargets(anchors: readonly Target[], size: number): Target[] {
  const targets = anchors.map((a) => ({ ...a }));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i]!;
        const b = targets[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        if (Math.abs(dx) >= size || Math.abs(dy) >= size) continue;
        // Push apart on the axis that needs the smaller move.
        if (Math.abs(dx) >= Math.abs(dy)) {
          const push = (size - Math.abs(dx)) / 2 + 0.01;
          const sign = dx >= 0 ? 1 : -1;
          a.x -= sign * push;
          b.x += sign * push;
        } else {
          const push = (size - Math.abs(dy)) / 2 + 0.01;
          const sign = dy >= 0 ? 1 : -1;
          a.y -= sign * push;
          b.y += sign * push;
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
  return targets;
}

export function overlaps(a: Target, b: Target, size: number): boolean {
  return Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;
}
