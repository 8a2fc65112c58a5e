import { describe, expect, it } from 'vitest';
import {
  MIN_MARK_CONTRAST,
  MIN_TEXT_CONTRAST,
  PROJECTOR,
  contrastRatio,
  inkOn,
  luminance,
  projectorCssVars,
} from './theme';

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 AA limit.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('rejects a colour it cannot read', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a #rrggbb/);
  });
});

describe('the projector palette', () => {
  const bg = PROJECTOR.background;
  it.each([
    ['ink', PROJECTOR.ink],
    ['inkSoft', PROJECTOR.inkSoft],
    ['accent', PROJECTOR.accent],
  ])('text colour %s reaches 7:1 on the slide background', (_, colour) => {
    expect(contrastRatio(colour, bg)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('white text on the darkest ramp classes and on the data colours reaches 7:1', () => {
    // Labels drawn inside bars and dark districts are white.
    for (const c of [PROJECTOR.series, PROJECTOR.ramp[4], PROJECTOR.ramp[3]])
      expect(contrastRatio('#ffffff', c)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#ffffff', PROJECTOR.seriesAlt)).toBeGreaterThanOrEqual(4.5);
  });

  it('every fill that carries text has an ink (black or white) at 7:1', () => {
    for (const fill of [...PROJECTOR.ramp, PROJECTOR.series, PROJECTOR.empty])
      expect(contrastRatio(inkOn(fill), fill), fill).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#ffffff')).toBe('#000000');
  });

  it('data marks stand out from the background', () => {
    for (const c of [PROJECTOR.series, PROJECTOR.seriesAlt, PROJECTOR.rule])
      expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
  });

  it('the ramp gets darker at every step, by a visible margin', () => {
    const l = PROJECTOR.ramp.map(luminance);
    for (let i = 1; i < l.length; i++) {
      expect(l[i]!).toBeLessThan(l[i - 1]!);
      // 1.55:1 between neighbours; every tile also prints its count, so colour is never the only cue.
      expect(contrastRatio(PROJECTOR.ramp[i]!, PROJECTOR.ramp[i - 1]!)).toBeGreaterThan(1.55);
    }
  });

  it('becomes CSS variables, one per colour', () => {
    const css = projectorCssVars();
    expect(css).toContain('--p-ink: #000000');
    expect(css).toContain(`--p-ramp-4: ${PROJECTOR.ramp[4]}`);
    expect(css).toContain('--p-stroke: 3px');
  });
});
