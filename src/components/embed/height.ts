/**
 * Reports an embed's content height to the host page (public/embed.js) whenever it changes:
 * a ResizeObserver on the embed's root, no polling. Answers the host script's ping, so a host
 * script that loads after the chart still gets the height.
 * Owns: the child side of the message protocol in src/lib/embed.ts.
 */
import { heightMessage, isPing, type EmbedChart } from '../../lib/embed';

export interface HeightPorts {
  /** The window the embed lives in. */
  self: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The host page's window (window.parent); the same as self when not framed. */
  parent: Pick<Window, 'postMessage'>;
  observe: (element: Element, onResize: () => void) => () => void;
}

function browserObserve(element: Element, onResize: () => void): () => void {
  const observer = new ResizeObserver(onResize);
  observer.observe(element);
  return () => observer.disconnect();
}

/** Height the iframe needs: the root's bottom edge including its margin, rounded up. */
export function contentHeight(element: Element): number {
  const box = element.getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(element).marginBottom) || 0;
  return Math.ceil(box.bottom + (window.scrollY || 0) + margin);
}

/** Starts reporting; returns a function that stops. Does nothing outside an iframe. */
export function reportHeight(
  element: Element,
  chart: EmbedChart,
  measure: (element: Element) => number = contentHeight,
  ports: HeightPorts = { self: window, parent: window.parent, observe: browserObserve },
): () => void {
  if ((ports.parent as unknown) === (ports.self as unknown)) return () => {};
  let last = -1;
  const send = (force: boolean) => {
    const height = measure(element);
    if (!force && height === last) return;
    last = height;
    // '*': the height is no secret, and a sandboxed host or frame has no origin to name.
    ports.parent.postMessage(heightMessage(chart, height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === (ports.parent as unknown) && isPing(event.data)) send(true);
  };
  ports.self.addEventListener('message', onMessage);
  const stop = ports.observe(element, () => send(false));
  return () => {
    stop();
    ports.self.removeEventListener('message', onMessage);
  };
}
