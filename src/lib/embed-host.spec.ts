/**
 * public/embed.js (the script newsrooms put on their page) run against a tiny fake window:
 * which messages resize which iframe, and which are ignored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

interface FakeFrame {
  src: string;
  style: Record<string, string>;
  contentWindow: { postMessage: ReturnType<typeof vi.fn> };
  dispatchEvent: ReturnType<typeof vi.fn>;
}

const SOURCE = readFileSync('public/embed.js', 'utf8');

function frame(src: string): FakeFrame {
  return { src, style: {}, contentWindow: { postMessage: vi.fn() }, dispatchEvent: vi.fn() };
}

function host(frames: FakeFrame[]) {
  let listener: ((event: { source: unknown; origin: string; data: unknown }) => void) | undefined;
  const win: Record<string, unknown> = {
    document: { baseURI: 'https://news.example/article', querySelectorAll: () => frames },
    addEventListener: (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    },
    CustomEvent: class {
      constructor(
        readonly type: string,
        readonly init: { detail: unknown },
      ) {}
    },
  };
  new Function('window', SOURCE)(win);
  const send = (source: FakeFrame | object, origin: string, data: unknown) =>
    listener!({ source: 'contentWindow' in source ? source.contentWindow : source, origin, data });
  return { win, send };
}

const ORIGIN = 'https://charts.example';

describe('embed.js', () => {
  it('sizes the iframe whose window sent a height message', () => {
    const map = frame(`${ORIGIN}/?mode=embed&chart=map`);
    const timeline = frame(`${ORIGIN}/?mode=embed&chart=timeline`);
    const { send } = host([map, timeline]);
    send(timeline, ORIGIN, { type: 'cq-embed:height', height: 431.2, id: 'timeline' });
    expect(timeline.style.height).toBe('432px');
    expect(map.style.height).toBeUndefined();
  });

  it('accepts a sandboxed frame (origin "null") but not a wrong origin', () => {
    const map = frame(`${ORIGIN}/?mode=embed&chart=map`);
    const { send } = host([map]);
    send(map, 'https://evil.example', { type: 'cq-embed:height', height: 300 });
    expect(map.style.height).toBeUndefined();
    send(map, 'null', { type: 'cq-embed:height', height: 300 });
    expect(map.style.height).toBe('300px');
  });

  it('ignores messages from windows that are not its iframes', () => {
    const map = frame(`${ORIGIN}/?mode=embed&chart=map`);
    const { send } = host([map]);
    send({ postMessage: vi.fn() }, ORIGIN, { type: 'cq-embed:height', height: 300 });
    expect(map.style.height).toBeUndefined();
  });

  it('understands pym.js height strings and rejects nonsense heights', () => {
    const map = frame(`${ORIGIN}/x`);
    const { send } = host([map]);
    send(map, ORIGIN, 'pymxPYMxmapxPYMxheightxPYMx640');
    expect(map.style.height).toBe('640px');
    for (const bad of [-5, 0, Number.NaN, 1e9, '12px; color: red', null]) {
      send(map, ORIGIN, { type: 'cq-embed:height', height: bad });
      expect(map.style.height).toBe('640px');
    }
    send(map, ORIGIN, 'pymxPYMxmapxPYMxwidthxPYMx20');
    expect(map.style.height).toBe('640px');
  });

  it('pings every iframe so charts loaded before the script report their height', () => {
    const map = frame(`${ORIGIN}/x`);
    host([map]);
    expect(map.contentWindow.postMessage).toHaveBeenCalledWith({ type: 'cq-embed:ping' }, '*');
    expect(map.style.border).toBe('0');
  });

  it('re-dispatches a selection on the iframe for the host page', () => {
    const map = frame(`${ORIGIN}/x`);
    const { send } = host([map]);
    send(map, ORIGIN, { type: 'cq-embed:select', chart: 'map', district: '500101', session: null });
    const event = map.dispatchEvent.mock.calls[0]![0] as {
      type: string;
      init: { detail: unknown };
    };
    expect(event.type).toBe('cq-embed:select');
    expect(event.init.detail).toMatchObject({ district: '500101', chart: 'map' });
  });
});
