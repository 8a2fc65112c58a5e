/**
 * Which functions take the time: V8's sampling profile (trace category
 * disabled-by-default-v8.cpu_profiler) cut to the trace's interaction windows, self time per
 * function, mapped back to the source through the build's source maps when given.
 * Pure apart from the source-map lookup passed in.
 */
import type { TraceEvent } from './trace-summary.ts';

export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

/** Maps a generated position (0-based line and column) to its source, or null. */
export type SourceLookup = (
  url: string,
  line: number,
  column: number,
) => { source: string; line: number; name: string | null } | null;

export interface HotFunction {
  where: string;
  /** Self time per interaction, ms (total over the windows / number of windows). */
  ms: number;
}

export interface Hot {
  /** Self time by function. */
  functions: HotFunction[];
  /**
   * Inclusive time by source file of ours (any frame of the file on the stack), runtime and
   * libraries left out: which components' code the time is spent under.
   */
  files: HotFunction[];
}

/** Where the samples inside the windows of one kind fall, largest first. */
export function hotFunctions(
  events: readonly TraceEvent[],
  pid: number,
  windows: readonly { start: number; end: number }[],
  lookup: SourceLookup | null,
  top = 12,
): Hot {
  const nodes = new Map<number, ProfileNode>();
  const samples: { t: number; node: number }[] = [];
  // One profile per renderer: its start time, then chunks of nodes and sample deltas.
  let t = 0;
  for (const e of events) {
    if (e.pid !== pid) continue;
    const data = (e.args?.data ?? {}) as {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    if (e.name === 'Profile' && data.startTime !== undefined) t = data.startTime;
    if (e.name !== 'ProfileChunk') continue;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      t += deltas[i] ?? 0;
      samples.push({ t, node: id });
    });
  }
  samples.sort((a, b) => a.t - b.t);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const fileCache = new Map<number, string | null>();
  const fileOf = (id: number): string | null => {
    if (!fileCache.has(id)) {
      const f = nodes.get(id)?.callFrame;
      const at = f?.url ? lookup?.(f.url, f.lineNumber ?? 0, f.columnNumber ?? 0) : null;
      fileCache.set(id, at && !at.source.includes('node_modules') ? at.source : null);
    }
    return fileCache.get(id)!;
  };
  for (let i = 0; i + 1 < samples.length; i++) {
    const s = samples[i]!;
    if (!windows.some((w) => s.t >= w.start && s.t < w.end)) continue;
    const frame = nodes.get(s.node)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(root)') continue;
    const dt = Math.min(samples[i + 1]!.t - s.t, 10_000);
    const key = describe(frame, lookup);
    self.set(key, (self.get(key) ?? 0) + dt);
    const files = new Set<string>();
    for (let id: number | undefined = s.node; id !== undefined; id = nodes.get(id)?.parent) {
      const file = fileOf(id);
      if (file) files.add(file);
    }
    for (const f of files) inclusive.set(f, (inclusive.get(f) ?? 0) + dt);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .map(([where, us]) => ({ where, ms: us / 1000 / Math.max(1, windows.length) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { functions: rank(self), files: rank(inclusive) };
}

function describe(frame: CallFrame, lookup: SourceLookup | null): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const line = frame.lineNumber ?? 0;
  const column = frame.columnNumber ?? 0;
  const found = lookup?.(frame.url, line, column);
  if (found) return `${found.name ?? name} ${found.source}:${found.line}`;
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
  return `${name} ${file}:${line + 1}:${column + 1}`;
}
