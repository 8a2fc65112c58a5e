/**
 * Hover between neighbours in one move. A pointer moving from one district to the next fires
 * `pointerleave` on the first, then `pointerenter` on the next, each followed by a render: clearing
 * the hover on leave and setting it on enter redrew every linked view twice per move (bench/README.md,
 * "Where the time goes"). A leave toward another district of the same drawing or list leaves the
 * hover to that district's enter.
 */
const HOVERABLE = '[data-code], [data-inset-code]';
/** The containers whose every district element raises its own pointerenter. */
const SAME_VIEW = 'svg, ol, ul';

export function leftForNeighbour(e: PointerEvent): boolean {
  const to = e.relatedTarget;
  if (!(to instanceof Element) || !(e.currentTarget instanceof Element)) return false;
  const view = e.currentTarget.closest(SAME_VIEW);
  return !!view && view.contains(to) && to.closest(HOVERABLE) !== null;
}

/** `onpointerleave` for a district element: clears the hover unless a neighbour takes it. */
export function leaveHandler(onhover: (code: string | null) => void): (e: PointerEvent) => void {
  return (e) => {
    if (!leftForNeighbour(e)) onhover(null);
  };
}
