/**
 * Standalone SVG of a view: the drawn chart (from dom.ts) framed by a title, subtitle, source
 * line and date, in the system font stack.
 * Owns: layout of the frame and its markup. Pure: tested in Node; knows nothing about the DOM.
 */

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD_PX = 16;
const TITLE_PX = 20;
const SUBTITLE_PX = 14;
const FOOTER_PX = 12;
export const LINE_HEIGHT = 1.35;
/** Exports are never narrower than this, so a title always has room. */
export const MIN_EXPORT_WIDTH_PX = 480;

export interface FrameText {
  title: string;
  subtitle?: string;
  /** Source line, e.g. "来源：重庆日报、重庆晨报". */
  source: string;
  /** Date line, e.g. "数据截至 2024-05-26 · 下载于 2026-11-21". */
  date: string;
  /** Link back to the dashboard view. */
  url?: string;
  lang: 'zh' | 'en';
}

export interface FrameColors {
  background: string;
  text: string;
  muted: string;
}

export const LIGHT_COLORS: FrameColors = {
  background: '#fbfaf7',
  text: '#1b1d21',
  muted: '#5b6270',
};

/** Approximate advance of a string: CJK and full-width characters 1 em, others about 0.56 em. */
export function textWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text)
    ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
  return ems * fontPx;
}

/** Greedy line wrap: Latin text breaks at spaces, CJK text between any two characters. */
export function wrapText(text: string, maxWidthPx: number, fontPx: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), fontPx) > maxWidthPx) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface ChartPart {
  /** Serialised <svg> element of the chart (any width/height/x/y attributes are replaced). */
  markup: string;
  /** Its drawn size in CSS px, which fixes the aspect ratio. */
  width: number;
  height: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  titleLines: string[];
  subtitleLines: string[];
  footerLines: string[];
  chart: { x: number; y: number; width: number; height: number };
}

export function frameLayout(text: FrameText, chartWidth: number, chartHeight: number): FrameLayout {
  const width = Math.round(Math.max(MIN_EXPORT_WIDTH_PX, chartWidth + 2 * PAD_PX));
  const inner = width - 2 * PAD_PX;
  const titleLines = wrapText(text.title, inner, TITLE_PX);
  const subtitleLines = text.subtitle ? wrapText(text.subtitle, inner, SUBTITLE_PX) : [];
  const footerLines = [text.source, text.date, text.url ?? '']
    .filter(Boolean)
    .flatMap((line) => wrapText(line, inner, FOOTER_PX));
  const scale = chartWidth > 0 ? Math.min(1, inner / chartWidth) : 1;
  const chart = {
    x: PAD_PX + (inner - chartWidth * scale) / 2,
    y:
      PAD_PX +
      titleLines.length * TITLE_PX * LINE_HEIGHT +
      subtitleLines.length * SUBTITLE_PX * LINE_HEIGHT +
      PAD_PX / 2,
    width: chartWidth * scale,
    height: chartHeight * scale,
  };
  const height = Math.round(
    chart.y + chart.height + PAD_PX / 2 + footerLines.length * FOOTER_PX * LINE_HEIGHT + PAD_PX,
  );
  return { width, height, titleLines, subtitleLines, footerLines, chart };
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const round = (n: number) => Math.round(n * 100) / 100;

function textBlock(lines: string[], y0: number, px: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${PAD_PX}" y="${round(y0 + (i + 0.8) * px * LINE_HEIGHT)}" font-size="${px}"` +
        ` font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('\n');
}

/** Puts the chart's markup at its place: its outer <svg> gets the frame's x/y/width/height. */
export function placeChart(
  markup: string,
  box: { x: number; y: number; width: number; height: number },
): string {
  const place = `x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}"`;
  return markup.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(x|y|width|height|style|class)="[^"]*"/g, '');
    return `<svg${kept} ${place}>`;
  });
}

/** The whole standalone SVG document. */
export function frameSvg(
  text: FrameText,
  chart: ChartPart,
  colors: FrameColors = LIGHT_COLORS,
): string {
  const l = frameLayout(text, chart.width, chart.height);
  const subtitleY = PAD_PX + l.titleLines.length * TITLE_PX * LINE_HEIGHT;
  const footerY = l.chart.y + l.chart.height + PAD_PX / 2;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" lang="${text.lang === 'zh' ? 'zh-CN' : 'en'}"` +
      ` width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}"` +
      ` font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    text.subtitle ? `<desc>${escapeXml(text.subtitle)}</desc>` : '',
    `<rect width="${l.width}" height="${l.height}" fill="${colors.background}"/>`,
    textBlock(l.titleLines, PAD_PX, TITLE_PX, colors.text, 700),
    textBlock(l.subtitleLines, subtitleY, SUBTITLE_PX, colors.muted),
    placeChart(chart.markup, l.chart),
    textBlock(l.footerLines, footerY, FOOTER_PX, colors.muted),
    '</svg>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** Size in px the frame will have, read back from the SVG text (for rasterising). */
export function svgSize(svgText: string): { width: number; height: number } {
  const m = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svgText);
  if (!m) throw new Error('SVG has no width/height');
  return { width: Number(m[1]), height: Number(m[2]) };
}
