/**
 * A drawn view as SVG markup (ChartPart), read from the page: its <svg> charts cloned with their
 * computed styles inlined, and its HTML (boxes, borders, text, e.g. timeline markers or a pledge
 * card) redrawn as rects and text at the positions the browser laid them out. CSS stripes
 * (repeating-linear-gradient: uncertain dates, "no data" swatches, derived bars) become SVG
 * patterns, and what a scrolling or clipping box hides stays hidden. Controls (buttons without a
 * district, form fields and their labels, keyboard help: id ending in "-help") and anything
 * marked data-export="skip" (instructions) are left out.
 * Owns: DOM → markup. Browser only; tested by tests/e2e/export.spec.ts.
 */
import { hatchPattern } from './hatch';
import {
  SVG_NS,
  escapeXml,
  frameSvg,
  placeChart,
  round,
  type ChartPart,
  type FrameColors,
  type FrameText,
} from './svg';

/** Presentation properties copied from computed style, so the file needs no stylesheet. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** `url("http://page/#id")` as the file's own `url(#id)`: the download has no page to point at. */
function localUrl(value: string): string {
  return value.replace(/url\((["']?)[^)"'#]*#([^)"']+)\1\)/g, 'url(#$2)');
}

/** SVG elements that fills, strokes and clips point at with url(#id). */
const REFERABLE = new Set([
  'pattern',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'mask',
  'marker',
  'filter',
  'symbol',
]);

const SKIP =
  'button:not([data-code]), select, input, textarea, label, form, details, script, style, [role="search"], [role="toolbar"], [id$="-help"], [data-export="skip"]';

/**
 * Copies computed presentation styles onto the clone as attributes. A value equal to the
 * parent's computed one is left to inheritance (opacity does not inherit: 1 is left out), which
 * keeps the file small without changing how it looks.
 */
function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  if (style.display === 'none') {
    clone.remove();
    return;
  }
  const cloneKids = [...clone.children];
  for (const prop of STYLE_PROPS) {
    const value = style.getPropertyValue(prop);
    const inherited = prop === 'opacity' ? value === '1' : parent?.getPropertyValue(prop) === value;
    if (value && !inherited) clone.setAttribute(prop, localUrl(value));
  }
  // Page ids could clash in another document; district shapes get an id from their code and
  // their accessible name as a tooltip, so the file still says which district is which. What
  // fills and clips refer to by id (the "no data" hatch pattern) keeps its id.
  if (!REFERABLE.has(source.localName)) clone.removeAttribute('id');
  const code = source.getAttribute('data-code');
  if (code) clone.setAttribute('id', `district-${code}`);
  const label = source.getAttribute('aria-label');
  if (label && source.tagName !== 'svg' && !clone.querySelector(':scope > title')) {
    const title = clone.ownerDocument.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    clone.prepend(title);
  }
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  for (const attr of [...clone.attributes])
    if (/^(on|data-|aria-|tabindex|role)/.test(attr.name)) clone.removeAttribute(attr.name);
  [...source.children].forEach((kid, i) => {
    const twin = cloneKids[i];
    if (twin) inlineStyles(kid, twin, style);
  });
}

/** A drawn <svg> as standalone markup with its computed styles. */
export function svgChartPart(svg: SVGSVGElement): ChartPart {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  clone.querySelectorAll('foreignObject').forEach((n) => n.remove());
  if (!clone.getAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${round(box.width)} ${round(box.height)}`);
  return {
    markup: new XMLSerializer().serializeToString(clone),
    width: box.width,
    height: box.height,
  };
}

const visible = (color: string) => color !== '' && !/^(transparent|rgba\(.*,\s*0\))$/.test(color);

/**
 * Background and border of one HTML box, honouring rotation (e.g. diamond markers); CSS stripes
 * on it are drawn over the background with an SVG pattern (`defs` collects the pattern).
 */
function boxMarkup(
  el: HTMLElement,
  style: CSSStyleDeclaration,
  x: number,
  y: number,
  defs: string[],
): string {
  const hatch = hatchPattern(style.backgroundImage, `hatch-${defs.length}`);
  if (hatch) defs.push(hatch.markup);
  const under = visible(style.backgroundColor) ? style.backgroundColor : 'none';
  const fill = hatch ? `url(#${hatch.id})` : under;
  const behind = hatch && under !== 'none' ? under : null;
  const borderWidth = parseFloat(style.borderTopWidth) || 0;
  const stroke =
    borderWidth > 0 && style.borderTopStyle !== 'none' && visible(style.borderTopColor)
      ? style.borderTopColor
      : null;
  if (fill === 'none' && !stroke) return '';
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const rx = Math.min(parseFloat(style.borderTopLeftRadius) || 0, w / 2, h / 2);
  const paint = `fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="${borderWidth}"` : ''}${rx ? ` rx="${round(rx)}"` : ''}`;
  const m = /^matrix\(([^)]+)\)$/.exec(style.transform);
  if (m) {
    const [a, b, c, d] = m[1]!.split(',').map(Number);
    const box = el.getBoundingClientRect();
    const cx = x + box.width / 2;
    const cy = y + box.height / 2;
    const at = `x="${round(-w / 2)}" y="${round(-h / 2)}" width="${w}" height="${h}"`;
    const move = `transform="translate(${round(cx)} ${round(cy)}) matrix(${a} ${b} ${c} ${d} 0 0)"`;
    return `${behind ? `<rect ${at} fill="${behind}" ${move}/>` : ''}<rect ${at} ${paint} ${move}/>`;
  }
  const inset = stroke ? borderWidth / 2 : 0;
  const at = `x="${round(x + inset)}" y="${round(y + inset)}" width="${round(w - 2 * inset)}" height="${round(h - 2 * inset)}"`;
  return `${behind ? `<rect ${at} fill="${behind}"/>` : ''}<rect ${at} ${paint}/>`;
}

/** Whether a box cuts off what overflows it (a scroller, overflow: hidden or clip). */
function clips(style: CSSStyleDeclaration): boolean {
  return [style.overflowX, style.overflowY].some((o) => o !== 'visible' && o !== '');
}

/** One text node as <text> elements, one per laid-out line. */
function textMarkup(node: Text, style: CSSStyleDeclaration, origin: DOMRect): string {
  const text = node.data;
  if (!text.trim()) return '';
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (!rects.length) return '';
  const lines: { rect: DOMRect; text: string }[] = [];
  if (rects.length === 1) lines.push({ rect: rects[0]!, text });
  else {
    // Wrapped text: group characters by the line box they landed on.
    let current: { top: number; start: number } | null = null;
    for (let i = 0; i <= text.length; i++) {
      let top = Number.NaN;
      if (i < text.length) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        top = Math.round(range.getBoundingClientRect().top);
      }
      if (current && (i === text.length || top !== current.top)) {
        range.setStart(node, current.start);
        range.setEnd(node, i);
        lines.push({ rect: range.getBoundingClientRect(), text: text.slice(current.start, i) });
        current = null;
      }
      if (i < text.length && !current) current = { top, start: i };
    }
  }
  const paint = `font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${style.color}"`;
  return lines
    .filter((l) => l.text.trim() && l.rect.width > 0)
    .map(
      (l) =>
        `<text x="${round(l.rect.left - origin.left)}" y="${round(l.rect.top - origin.top + l.rect.height / 2)}" dominant-baseline="central" ${paint}>${escapeXml(l.text.trim())}</text>`,
    )
    .join('');
}

/** Everything a view draws, HTML and SVG alike, as one <svg> of the view's size. */
export function viewChartPart(view: HTMLElement): ChartPart {
  const origin = view.getBoundingClientRect();
  const out: string[] = [];
  const defs: string[] = [];
  let clipCount = 0;
  const walk = (el: Element) => {
    if (el.matches(SKIP)) return;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return;
    const box = el.getBoundingClientRect();
    // Visually hidden (screen-reader-only) text takes a 1×1 px box.
    if (box.width <= 1 && box.height <= 1) return;
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    if (el instanceof SVGSVGElement) {
      out.push(placeChart(svgChartPart(el).markup, { x, y, width: box.width, height: box.height }));
      return;
    }
    const boxAt = out.length;
    if (el instanceof HTMLElement) out.push(boxMarkup(el, style, x, y, defs));
    const contentAt = out.length;
    // A scroller's hidden part stays hidden in the picture (a wide timeline track would run
    // into the column beside it).
    const clipped = el !== view && el instanceof HTMLElement && clips(style);
    if (clipped) {
      const id = `clip-${clipCount++}`;
      defs.push(
        `<clipPath id="${id}"><rect x="${round(x)}" y="${round(y)}" width="${round(box.width)}" height="${round(box.height)}"/></clipPath>`,
      );
      out.push(`<g clip-path="url(#${id})">`);
    }
    for (const child of el.childNodes) {
      if (child instanceof Text) out.push(textMarkup(child, style, origin));
      else if (child instanceof Element) walk(child);
    }
    if (clipped) out.push('</g>');
    // A frame around controls only (a button group) would be an empty box in the picture.
    const drewContent = out
      .slice(contentAt)
      .some((part) => part && !part.startsWith('<g clip-path') && part !== '</g>');
    if (el instanceof HTMLElement && !drewContent && el.querySelector(SKIP)) out.splice(boxAt, 1);
  };
  walk(view);
  const width = origin.width;
  const height = origin.height;
  return {
    markup: `<svg xmlns="${SVG_NS}" viewBox="0 0 ${round(width)} ${round(height)}">${defs.length ? `<defs>${defs.join('')}</defs>` : ''}${out.join('')}</svg>`,
    width,
    height,
  };
}

/** Standalone SVG text of whatever the view draws. */
export function viewToSvg(view: HTMLElement, text: FrameText, colors: FrameColors): string {
  return frameSvg(text, viewChartPart(view), colors);
}
