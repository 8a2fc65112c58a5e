/**
 * PNG of a view: the standalone SVG from svg.ts drawn onto a canvas at 1×, 2× or 4×.
 * The SVG is loaded as an image from a blob: URL, so the page's Content-Security-Policy needs
 * `img-src 'self' blob:`; no script or style is evaluated. System fonts (the CJK ones included)
 * are available to SVG images, web fonts are not — the app uses none.
 * Owns: rasterising. Knows nothing about which chart it draws.
 */
import { svgSize } from './svg';
import type { PngScale } from './scales';

export { PNG_SCALES, type PngScale } from './scales';

/** Pixel size of the PNG for an SVG of the given CSS size. */
export function pngSize(size: { width: number; height: number }, scale: PngScale) {
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () =>
      reject(new Error('The SVG could not be drawn as an image (is img-src blob: allowed?)'));
    img.src = url;
  });
}

export async function svgToPng(svgText: string, scale: PngScale): Promise<Blob> {
  const size = svgSize(svgText);
  const out = pngSize(size, scale);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = out.width;
    canvas.height = out.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available');
    ctx.drawImage(img, 0, 0, out.width, out.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name through a temporary link (works in sandboxed iframes with allow-downloads). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
