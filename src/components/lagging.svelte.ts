/**
 * What a view below the fold shows: the current value while its element is on screen (or not
 * yet measured), else the value as of one frame ago. A click then repaints the views the reader
 * sees first, and the others follow in the next task (issue 15: click-select within 100 ms at
 * 4× CPU). What is on screen is never stale: a view scrolled into sight shows the current value
 * in the frame that first shows it (a scroll brings every lagging view up to date before that
 * frame is painted), and one already in sight never lags.
 */
import { untrack } from 'svelte';

/** Catch-ups waiting for the next task, run at once when the page scrolls (not reactive). */
let waiting: (() => void)[] = [];
let listening = false;

function runWaiting(): void {
  const jobs = waiting;
  waiting = [];
  for (const job of jobs) job();
}

/** Takes `job` off the list; false when it already ran. */
function takeOff(job: () => void): boolean {
  const at = waiting.indexOf(job);
  if (at >= 0) waiting.splice(at, 1);
  return at >= 0;
}

/** Runs `job` in a task after the next frame is painted, or on the next scroll if sooner. */
function afterPaint(job: () => void): () => void {
  if (!listening) {
    listening = true;
    // Scroll events are dispatched before the frame that shows the new scroll position.
    addEventListener('scroll', runWaiting, { capture: true, passive: true });
  }
  waiting.push(job);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (takeOff(job)) job();
    }, 0);
  });
  return () => {
    takeOff(job);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export class Lagging<T> {
  #source: () => T;
  #onScreen = $state(true);
  #settled: T = $state.raw() as T;

  /** Create during a component's initialisation (it runs an effect). */
  constructor(source: () => T) {
    this.#source = source;
    this.#settled = untrack(source);
    $effect(() => {
      const next = source();
      if (this.#onScreen) {
        this.#settled = next;
        return;
      }
      return afterPaint(() => (this.#settled = next));
    });
  }

  /** Whether the view's element is on screen (or not yet measured). */
  get onScreen(): boolean {
    return this.#onScreen;
  }

  /** The value to draw. */
  get current(): T {
    return this.#onScreen ? this.#source() : this.#settled;
  }

  /** Attach to the element the view draws in: `{@attach lagging.observe}`. */
  observe = (element: Element): (() => void) => {
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) this.#onScreen = last.isIntersecting;
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
