import { describe, expect, it } from 'vitest';
import {
  FONT_STACK,
  MIN_EXPORT_WIDTH_PX,
  escapeXml,
  frameLayout,
  frameSvg,
  svgSize,
  textWidth,
  wrapText,
} from './svg';
import { pngSize } from './png';

const TEXT = {
  title: '重庆38个区县：市委全会部署落实情况',
  subtitle: 'Pledges by district & session <2024>',
  source: '来源：重庆日报、重庆晨报',
  date: '数据截至 2024-05-26 · 下载于 2026-11-21',
  url: 'https://g.example/?district=500101&lang=zh',
  lang: 'zh' as const,
};
const CHART = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" width="100%" class="map"><path d="M0 0H10V10Z" fill="#b3261e"/></svg>',
  width: 600,
  height: 400,
};

describe('wrapText', () => {
  it('breaks Chinese between characters and never exceeds the width', () => {
    const lines = wrapText('重庆市委六届五次全会部署进一步全面深化改革', 100, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('重庆市委六届五次全会部署进一步全面深化改革');
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(100);
  });
  it('breaks English at spaces only', () => {
    const lines = wrapText('Plenary Sessions of the CPC Chongqing Municipal Committee', 200, 14);
    expect(lines.join(' ')).toBe('Plenary Sessions of the CPC Chongqing Municipal Committee');
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });
});

describe('frameLayout', () => {
  it('puts the chart below the title and the footer below the chart', () => {
    const l = frameLayout(TEXT, 600, 400);
    expect(l.width).toBe(632);
    expect(l.chart.y).toBeGreaterThan(20);
    expect(l.height).toBeGreaterThan(l.chart.y + l.chart.height + 3 * 12);
    expect(l.footerLines).toContain('来源：重庆日报、重庆晨报');
  });
  it('widens narrow charts to the minimum export width, keeping the chart’s aspect', () => {
    const l = frameLayout(TEXT, 200, 100);
    expect(l.width).toBe(MIN_EXPORT_WIDTH_PX);
    expect(l.chart.width / l.chart.height).toBeCloseTo(2);
  });
});

describe('frameSvg', () => {
  const svg = frameSvg(TEXT, CHART);
  it('is a standalone document with title, subtitle, source, date and the font stack', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).toContain(`<title>${TEXT.title}</title>`);
    expect(svg).toContain('Pledges by district &amp; session &lt;2024&gt;');
    expect(svg).toContain('来源：重庆日报、重庆晨报');
    expect(svg).toContain('下载于 2026-11-21');
    expect(svg).toContain(`font-family="${escapeXml(FONT_STACK)}"`);
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });
  it('places the chart with explicit size and drops its page-only attributes', () => {
    const l = frameLayout(TEXT, 600, 400);
    expect(svg).toContain(`width="600" height="400"`);
    expect(svg).toContain(`y="${Math.round(l.chart.y * 100) / 100}"`);
    expect(svg).not.toContain('width="100%"');
    expect(svg).not.toContain('class="map"');
    expect(svg).toContain('<path d="M0 0H10V10Z" fill="#b3261e"/>');
  });
  it('reports its own size for rasterising, which scales exactly for the PNGs', () => {
    const size = svgSize(svg);
    expect(size).toEqual({ width: 632, height: frameLayout(TEXT, 600, 400).height });
    expect(pngSize(size, 4)).toEqual({ width: 2528, height: size.height * 4 });
  });
});
