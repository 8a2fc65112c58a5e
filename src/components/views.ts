/**
 * Where each view's code lives, fetched when a page first draws that view: the dashboard draws
 * the map (and its large geometry) first and the other views as their code arrives; an embed
 * fetches only its own view. One list for both, so they cannot drift.
 */
const VIEW_LOADERS = {
  map: () => import('./map/MapPanel.svelte'),
  timeline: () => import('./timeline/Timeline.svelte'),
  sessionCard: () => import('./timeline/SessionCard.svelte'),
  ranking: () => import('./charts/RankingChart.svelte'),
  targets: () => import('./charts/TargetsChart.svelte'),
  pledges: () => import('./pledges/PledgeReader.svelte'),
  sisterCities: () => import('./charts/SisterCitiesChart.svelte'),
  loans: () => import('./charts/LoansChart.svelte'),
};

export type ViewName = keyof typeof VIEW_LOADERS;
export const VIEW_NAMES = Object.keys(VIEW_LOADERS) as ViewName[];
type ViewModule<N extends ViewName> = Awaited<ReturnType<(typeof VIEW_LOADERS)[N]>>;

// Keyed by name; each entry holds that name's module (set only by viewModule below).
const fetched = new Map<ViewName, unknown>();
// …and the promise of it while it downloads: a loader runs once per name (each run resolves the
// URLs of all the chunk's dependencies again, ~1 ms apiece at 4× CPU in the load's profile).
const pending = new Map<ViewName, Promise<unknown>>();

/**
 * A view's module: the module itself once fetched (an {#await} then draws it in the same pass,
 * not after a microtask and a second render), else the promise of it.
 */
export function viewModule<N extends ViewName>(name: N): ViewModule<N> | Promise<ViewModule<N>> {
  const done = fetched.get(name) as ViewModule<N> | undefined;
  if (done) return done;
  let loading = pending.get(name) as Promise<ViewModule<N>> | undefined;
  if (!loading) {
    loading = (VIEW_LOADERS[name]() as Promise<ViewModule<N>>).then(
      (m) => {
        fetched.set(name, m);
        pending.delete(name);
        return m;
      },
      (error: unknown) => {
        // A failed download may be retried by the next call.
        pending.delete(name);
        throw error;
      },
    );
    pending.set(name, loading);
  }
  return loading;
}
