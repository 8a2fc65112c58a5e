/**
 * Arrow-key movement between districts: from the current district, go to the neighbour that
 * lies most nearly in the arrow's direction (label anchors as positions, shared borders as
 * adjacency). When no neighbour lies that way, the nearest district that way is used, so every
 * arrow press that can move does.
 * Owns: that choice. Pure; knows nothing about the DOM.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavNode {
  code: string;
  label: readonly [number, number];
  neighbors: readonly string[];
}

const VECTORS: Record<Direction, [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

export const ARROW_KEYS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Angle from the direction (0 = straight ahead), and distance. Candidates beyond 90° are out. */
function score(from: NavNode, to: NavNode, [vx, vy]: [number, number]) {
  const dx = to.label[0] - from.label[0];
  const dy = to.label[1] - from.label[1];
  const dist = Math.hypot(dx, dy);
  const cos = dist ? (dx * vx + dy * vy) / dist : -1;
  return { angle: Math.acos(Math.max(-1, Math.min(1, cos))), dist };
}

function best(from: NavNode, candidates: readonly NavNode[], v: [number, number], weight: number) {
  let chosen: NavNode | null = null;
  let chosenCost = Infinity;
  for (const c of candidates) {
    if (c.code === from.code) continue;
    const { angle, dist } = score(from, c, v);
    if (angle >= Math.PI / 2) continue;
    // Straight ahead matters most; among similar angles, nearer wins.
    const cost = angle + weight * dist;
    if (cost < chosenCost || (cost === chosenCost && c.code < (chosen?.code ?? ''))) {
      chosen = c;
      chosenCost = cost;
    }
  }
  return chosen;
}

export function nextDistrict(
  nodes: readonly NavNode[],
  current: string,
  direction: Direction,
): string | null {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const from = byCode.get(current);
  if (!from) return nodes[0]?.code ?? null;
  const v = VECTORS[direction];
  const neighbours = from.neighbors.map((c) => byCode.get(c)).filter((n) => n !== undefined);
  // Distance weight: small (a full map width costs 1 radian), so it only breaks near-ties in angle.
  const xs = nodes.map((n) => n.label[0]);
  const scale = 1 / Math.max(1, Math.max(...xs) - Math.min(...xs));
  return (best(from, neighbours, v, scale) ?? best(from, nodes, v, scale * 4))?.code ?? null;
}
