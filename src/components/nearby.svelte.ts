/**
 * Whether a view below the first screen should be drawn yet: once its place on the page comes
 * within NEARBY_MARGIN of the screen, and from then on. Until then it costs nothing: no code, no
 * data file, no DOM (issue 15: the first load and every hover pay only for the first screen).
 * Everything is drawn at once when the reader starts moving with the keyboard (Tab must reach
 * every view in order) or prints the page (the browser lays out that print before the views'
 * code arrives, so a print made before scrolling down has their titles only; the next one has
 * them).
 */

/** How far ahead of the screen a view starts loading: its code and data arrive before it shows. */
export const NEARBY_MARGIN = '240px 0px';

let everything = $state(false);
let listening = false;

function showEverything(): void {
  everything = true;
}

function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab') showEverything();
    },
    { capture: true },
  );
  addEventListener('beforeprint', showEverything);
}

export class Nearby {
  #near = $state(false);

  /** True once the view should be drawn; never goes back to false. */
  get shown(): boolean {
    return this.#near || everything;
  }

  /** Attach to the element that holds the view's place: `{@attach nearby.observe}`. */
  observe = (element: Element): (() => void) => {
    listen();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#near = true;
          observer.disconnect();
        }
      },
      { rootMargin: NEARBY_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
