import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tip';

describe('placeTooltip', () => {
  const area = { width: 358, height: 400 };
  const size = { width: 250, height: 120 };

  it('goes below and right of the point when there is room', () => {
    expect(placeTooltip([40, 50], size, area)).toEqual([52, 62]);
  });

  it('stays inside the area on the right, whatever its width', () => {
    const [left] = placeTooltip([340, 50], size, area);
    expect(left + size.width).toBeLessThanOrEqual(area.width - 4);
    const [wide] = placeTooltip([10, 50], { width: 500, height: 100 }, area);
    expect(wide).toBe(4);
  });

  it('goes above the point rather than over what lies below the area (the inset)', () => {
    const [, top] = placeTooltip([100, 350], size, area);
    expect(top + size.height).toBeLessThanOrEqual(350);
    expect(top).toBe(350 - 12 - 120);
  });

  it('keeps inside the top when neither above nor below fits', () => {
    const [, top] = placeTooltip([100, 60], { width: 200, height: 380 }, area);
    expect(top).toBeGreaterThanOrEqual(0);
  });
});
