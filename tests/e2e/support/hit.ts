import type { Locator } from '@playwright/test';

/**
 * A viewport point inside the element where `elementFromPoint` finds it, and also finds it
 * `margin` px away in every direction (so a pointer there is unambiguously on it); null if none.
 * With margin 12 the whole 24×24 square around the point hits the element (sampled every 4 px).
 * Elements sharing `data-code`/`data-inset-code` (a shape and its enlarged hit square) count as one.
 */
export async function pointInside(el: Locator, margin = 3): Promise<[number, number] | null> {
  await el.scrollIntoViewIfNeeded();
  return el.evaluate((node, m) => {
    const key = (e: Element | null) =>
      e?.getAttribute('data-code') ?? e?.getAttribute('data-inset-code') ?? null;
    const own = key(node);
    const hits = (x: number, y: number) => {
      const e = document.elementFromPoint(x, y);
      return (
        e === node || (own !== null && key(e) === own && e?.closest('svg') === node.closest('svg'))
      );
    };
    const square = (x: number, y: number) => {
      for (let dx = -m; dx <= m; dx += Math.max(1, Math.min(4, m)))
        for (let dy = -m; dy <= m; dy += Math.max(1, Math.min(4, m)))
          if (!hits(x + dx, y + dy)) return false;
      return hits(x + m, y + m) && hits(x - m, y - m) && hits(x + m, y - m) && hits(x - m, y + m);
    };
    // Search every element of this district in this SVG (the shape and any enlarged target).
    const attr = node.hasAttribute('data-code') ? 'data-code' : 'data-inset-code';
    const parts = own
      ? [...(node.closest('svg')?.querySelectorAll(`[${attr}="${own}"]`) ?? [node])]
      : [node];
    const rects = parts.map((p) => p.getBoundingClientRect());
    const r = {
      left: Math.min(...rects.map((x) => x.left)),
      top: Math.min(...rects.map((x) => x.top)),
      width: Math.max(...rects.map((x) => x.right)) - Math.min(...rects.map((x) => x.left)),
      height: Math.max(...rects.map((x) => x.bottom)) - Math.min(...rects.map((x) => x.top)),
    };
    const steps = 48;
    for (let i = 1; i < steps; i++)
      for (let j = 1; j < steps; j++) {
        const x = r.left + (r.width * i) / steps;
        const y = r.top + (r.height * j) / steps;
        if (square(x, y)) return [x, y] as [number, number];
      }
    return null;
  }, margin);
}
