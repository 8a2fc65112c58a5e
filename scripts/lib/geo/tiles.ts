/**
 * Tile-grid layout: one equal square per district, placed roughly where the district is, so
 * every district is equally visible. Districts are assigned to grid cells by minimum total
 * squared distance (Hungarian algorithm) from their label anchors; empty rows and columns are
 * then removed.
 * Owns: the layout. Pure and deterministic.
 */

export interface TilePlacement {
  code: string;
  col: number;
  row: number;
}

/** Optimal assignment for an n×m cost matrix (n ≤ m): the column chosen for each row. */
export function assignMinCost(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  if (n > m) throw new Error(`more rows (${n}) than columns (${m})`);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const result = new Array<number>(n);
  for (let j = 1; j <= m; j++) if (p[j]) result[p[j]! - 1] = j - 1;
  return result;
}

/** Places points (x right, y down) on a cols×rows grid, then drops empty rows and columns. */
export function tileGrid(
  points: readonly { code: string; x: number; y: number }[],
  cols: number,
  rows: number,
): TilePlacement[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cells: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push([c, r]);
  const cost = points.map((p) => {
    const px = ((p.x - x0) / (x1 - x0 || 1)) * (cols - 1);
    const py = ((p.y - y0) / (y1 - y0 || 1)) * (rows - 1);
    return cells.map(([c, r]) => (c - px) ** 2 + (r - py) ** 2);
  });
  const chosen = assignMinCost(cost).map((k) => cells[k]!);
  const usedCols = [...new Set(chosen.map(([c]) => c))].sort((a, b) => a - b);
  const usedRows = [...new Set(chosen.map(([, r]) => r))].sort((a, b) => a - b);
  return points.map((p, i) => ({
    code: p.code,
    col: usedCols.indexOf(chosen[i]![0]),
    row: usedRows.indexOf(chosen[i]![1]),
  }));
}
