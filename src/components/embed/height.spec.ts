import { describe, expect, it, vi } from 'vitest';
import { reportHeight, type HeightPorts } from './height';

function fakePorts() {
  const listeners = new Set<(event: MessageEvent) => void>();
  let resize: () => void = () => {};
  const parent = { postMessage: vi.fn() };
  const ports: HeightPorts = {
    self: {
      addEventListener: ((_type: string, fn: (event: MessageEvent) => void) =>
        listeners.add(fn)) as Window['addEventListener'],
      removeEventListener: ((_type: string, fn: (event: MessageEvent) => void) =>
        listeners.delete(fn)) as Window['removeEventListener'],
    },
    parent,
    observe: (_el, onResize) => {
      resize = onResize;
      return () => (resize = () => {});
    },
  };
  const message = (source: unknown, data: unknown) =>
    listeners.forEach((fn) => fn({ source, data } as MessageEvent));
  return { ports, parent, message, resize: () => resize(), listeners };
}

const ELEMENT = {} as Element;

describe('reportHeight', () => {
  it('posts the height when the content resizes, and only when it changed', () => {
    const f = fakePorts();
    let height = 400;
    reportHeight(ELEMENT, 'map', () => height, f.ports);
    f.resize();
    f.resize();
    height = 512;
    f.resize();
    expect(f.parent.postMessage.mock.calls).toEqual([
      [{ type: 'cq-embed:height', height: 400, id: 'map' }, '*'],
      [{ type: 'cq-embed:height', height: 512, id: 'map' }, '*'],
    ]);
  });

  it('answers a ping from the host page with the current height, ignoring other windows', () => {
    const f = fakePorts();
    reportHeight(ELEMENT, 'timeline', () => 300, f.ports);
    f.message({}, { type: 'cq-embed:ping' });
    expect(f.parent.postMessage).not.toHaveBeenCalled();
    f.message(f.parent, { type: 'cq-embed:ping' });
    expect(f.parent.postMessage).toHaveBeenCalledWith(
      { type: 'cq-embed:height', height: 300, id: 'timeline' },
      '*',
    );
  });

  it('stops listening when stopped, and stays silent outside an iframe', () => {
    const f = fakePorts();
    const stop = reportHeight(ELEMENT, 'map', () => 1, f.ports);
    stop();
    f.resize();
    expect(f.listeners.size).toBe(0);
    expect(f.parent.postMessage).not.toHaveBeenCalled();
    const alone = fakePorts();
    reportHeight(ELEMENT, 'map', () => 1, { ...alone.ports, parent: alone.ports.self as never });
    expect(alone.listeners.size).toBe(0);
  });
});
