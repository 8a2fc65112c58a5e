/**
 * The in-page half of the benchmark, installed before any page script runs (addInitScript).
 * It records long tasks, the time each `cq:*` performance mark is followed by a painted frame,
 * and answers "how long from this input event until its visible effect was painted?" for both
 * pages: on ours the effect is a DOM mutation in the map, on the peer an ECharts event.
 * "Painted" is the standard approximation: the first task after the next animation frame.
 * Must stay self-contained: Playwright serialises the function into the page.
 */
/** A settle probe's answer: ms from the input to the painted frame after the last change. */
export interface Settled {
  /** …anywhere on the page; null when nothing changed. */
  all: number | null;
  /** …inside the viewport (the views the reader can see without scrolling). */
  visible: number | null;
}

export function installProbe(): void {
  type Armed = {
    kind: 'hover' | 'settle';
    /** Input event types that start the clock. */
    inputs: string[];
    code: string | null;
    input: number | null;
    lastPainted: number | null;
    lastChange: number;
    /** Settle only: each batch of changes, what it touched and when it was painted. */
    changes: { targets: Node[] | null; painted: number | null }[];
    done: (v: number | null) => void;
  };
  const afterPaint = (cb: (t: number) => void): void => {
    requestAnimationFrame(() => setTimeout(() => cb(performance.now()), 0));
  };
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    painted: {} as Record<string, number>,
    armed: null as Armed | null,
    mapRoot: null as Element | null,
  };
  Object.assign(window, { __cqProbe: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long-task timing unsupported: the report says so (no entries, flagged by the harness).
  }
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name.startsWith('cq:')) afterPaint((t) => (probe.painted[name] ??= t));
    return entry;
  }) as typeof performance.mark;

  const onInput = (e: Event): void => {
    const a = probe.armed;
    if (a && a.input === null && a.inputs.includes(e.type)) a.input = e.timeStamp;
  };
  for (const type of [
    'pointerout',
    'pointerover',
    'pointermove',
    'pointerdown',
    'keydown',
    'input',
    'change',
  ])
    window.addEventListener(type, onInput, { capture: true });

  /**
   * An effect arrived: for a hover, finish at its painted frame; for settle, keep each batch
   * (targets null: an effect the page reported itself, e.g. the peer's canvas, counts as seen).
   */
  const effect = (code: string | null, targets: Node[] | null = null): void => {
    const a = probe.armed;
    if (!a || a.input === null) return;
    if (a.kind === 'hover') {
      if (a.code !== null && code !== null && code !== a.code) return;
      probe.armed = null;
      const input = a.input;
      afterPaint((t) => a.done(t - input));
      return;
    }
    a.lastChange = performance.now();
    const change: Armed['changes'][number] = { targets, painted: null };
    a.changes.push(change);
    afterPaint((t) => {
      a.lastPainted = t;
      change.painted = t;
    });
  };
  /** Whether a changed node is (still) on screen; read once the page has settled. */
  const onScreen = (n: Node): boolean => {
    const el = n instanceof Element ? n : n.parentElement;
    if (!el?.isConnected) return false;
    const r = el.getBoundingClientRect();
    return (
      (r.width > 0 || r.height > 0) &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < innerHeight &&
      r.left < innerWidth
    );
  };
  new MutationObserver((records) => {
    const armed = probe.armed;
    // Which nodes changed is kept, not measured: measuring here would force a layout.
    if (armed?.kind === 'settle')
      return effect(
        null,
        records.map((r) => r.target),
      );
    for (const r of records) {
      const a = probe.armed;
      if (!a) return;
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target) continue;
      // Another district's change (the one the pointer left) is not this hover's effect.
      const coded = target.closest('[data-code]');
      const added = [...r.addedNodes].find(
        (n): n is Element => n instanceof Element && n.matches('[data-code]'),
      );
      const code = (added ?? coded)?.getAttribute('data-code') ?? null;
      if (code !== null) effect(code);
      else if (probe.mapRoot?.contains(target)) effect(null);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  Object.assign(probe, {
    /** Resolves with the mark's startTime, or null when the page has not set it in time. */
    whenMark(name: string, timeoutMs: number): Promise<number | null> {
      return new Promise((resolve) => {
        const t0 = performance.now();
        const poll = (): void => {
          const e = performance.getEntriesByName(name)[0];
          if (e) return resolve(e.startTime);
          if (performance.now() - t0 > timeoutMs) return resolve(null);
          setTimeout(poll, 20);
        };
        poll();
      });
    },
    /** Waits for the painted frame after a mark (see installProbe). */
    whenPainted(name: string): Promise<number> {
      return new Promise((resolve) => {
        const poll = (): void => {
          const t = probe.painted[name];
          if (t !== undefined) resolve(t);
          else setTimeout(poll, 20);
        };
        poll();
      });
    },
    /** Arms a hover probe; the promise settles once the district's highlight is painted. */
    armHover(code: string, timeoutMs: number): Promise<number | null> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          probe.armed = null;
          resolve(null);
        }, timeoutMs);
        probe.armed = {
          kind: 'hover',
          // One mouse move fires pointerout/over (and enter/leave) before pointermove, and
          // handlers on those may already change the DOM: the first of them starts the clock.
          inputs: ['pointerout', 'pointerover', 'pointermove'],
          code,
          input: null,
          lastPainted: null,
          lastChange: 0,
          changes: [],
          done: (v) => {
            clearTimeout(timer);
            resolve(v);
          },
        };
      });
    },
    /**
     * Arms a settle probe: every effect after the input is followed to its painted frame, and
     * the promise gives the last one once nothing has changed for quietMs.
     */
    armSettle(quietMs: number, timeoutMs: number): Promise<Settled> {
      return new Promise((resolve) => {
        const a: Armed = {
          kind: 'settle',
          inputs: ['pointerdown', 'keydown', 'input', 'change'],
          code: null,
          input: null,
          lastPainted: null,
          lastChange: 0,
          changes: [],
          done: () => undefined,
        };
        probe.armed = a;
        const t0 = performance.now();
        const poll = (): void => {
          const now = performance.now();
          const quiet = a.lastPainted !== null && now - a.lastChange > quietMs;
          if (quiet || now - t0 > timeoutMs) {
            probe.armed = null;
            const since = (t: number | null) =>
              t !== null && a.input !== null ? t - a.input : null;
            const seen = a.changes.filter((c) => c.targets === null || c.targets.some(onScreen));
            const visible = seen.reduce<number | null>(
              (m, c) => (c.painted === null ? m : Math.max(m ?? c.painted, c.painted)),
              null,
            );
            resolve({ all: since(a.lastPainted), visible: since(visible) });
          } else setTimeout(poll, 25);
        };
        poll();
      });
    },
    effect,
  });
}

/** The probe's API as seen from the harness (inside page.evaluate). */
export interface ProbeApi {
  longTasks: { start: number; duration: number }[];
  painted: Record<string, number>;
  mapRoot: Element | null;
  whenMark(name: string, timeoutMs: number): Promise<number | null>;
  whenPainted(name: string): Promise<number>;
  armHover(code: string, timeoutMs: number): Promise<number | null>;
  armSettle(quietMs: number, timeoutMs: number): Promise<Settled>;
  effect(code: string | null, targets?: Node[] | null): void;
}
