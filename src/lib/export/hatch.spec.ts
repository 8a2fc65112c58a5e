import { describe, expect, it } from 'vitest';
import { hatchPattern, svgColor } from './hatch';

describe('hatchPattern', () => {
  it('turns computed CSS stripes into a rotated SVG pattern with one band per colour', () => {
    const p = hatchPattern(
      'repeating-linear-gradient(-45deg, rgb(86, 93, 106) 0px, rgb(86, 93, 106) 3px, rgba(0, 0, 0, 0) 3px, rgba(0, 0, 0, 0) 6px)',
      'hatch-0',
    )!;
    expect(p.id).toBe('hatch-0');
    expect(p.markup).toBe(
      '<pattern id="hatch-0" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-135)"><rect x="0" width="3" height="6" fill="rgb(86, 93, 106)"/></pattern>',
    );
  });

  it('reads two-position stops and colours computed from color-mix', () => {
    const p = hatchPattern(
      'repeating-linear-gradient(45deg, rgb(241, 239, 233) 0px 3px, color(srgb 0.3 0.4 0.5 / 0.55) 3px 5px)',
      'h',
    )!;
    expect(p.markup).toContain('<rect x="0" width="3" height="5" fill="rgb(241, 239, 233)"/>');
    expect(p.markup).toContain(
      '<rect x="3" width="2" height="5" fill="rgba(77, 102, 128, 0.55)"/>',
    );
    expect(p.markup).toContain('rotate(-45)');
  });

  it('gives nothing for backgrounds that are not stripes', () => {
    expect(hatchPattern('none', 'x')).toBeNull();
    expect(hatchPattern('linear-gradient(red, blue)', 'x')).toBeNull();
    expect(hatchPattern('url("a.png")', 'x')).toBeNull();
    expect(hatchPattern('repeating-linear-gradient(45deg, red 10%, blue 20%)', 'x')).toBeNull();
  });
});

describe('svgColor', () => {
  it('writes CSS Color 4 srgb as rgba and leaves other colours alone', () => {
    expect(svgColor('color(srgb 1 0 0)')).toBe('rgba(255, 0, 0, 1)');
    expect(svgColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});
