/**
 * Where each view's code lives, fetched when a page first draws that view: the dashboard draws
 * the map (and its large geometry) first and the other views as their code arrives; an embed
 * fetches only its own view. One list for both, so they cannot drift.
 */
export const VIEW_LOADERS = {
  map: () => import('./map/MapPanel.svelte'),
  timeline: () => import('./timeline/Timeline.svelte'),
  sessionCard: () => import('./timeline/SessionCard.svelte'),
  ranking: () => import('./charts/RankingChart.svelte'),
  targets: () => import('./charts/TargetsChart.svelte'),
  pledges: () => import('./pledges/PledgeReader.svelte'),
  sisterCities: () => import('./charts/SisterCitiesChart.svelte'),
  loans: () => import('./charts/LoansChart.svelte'),
};
