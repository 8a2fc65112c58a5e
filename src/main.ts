import type { Component } from 'svelte';
import { parseViewState } from './lib/view-state';
import { pageDatasets } from './lib/embed-datasets';
import { loadAll } from './lib/load';
import { viewModule } from './components/views';
import { onDataUpdated } from './lib/data-updated';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Each mode is its own app, loaded only when asked for: an embed or a deck does not download the
// dashboard's views, nor the dashboard theirs.
const view = parseViewState(new URLSearchParams(location.search));
const { mode } = view;
// A save in the data desk rebuilt data/: open pages show the new rows.
if (mode !== 'desk') onDataUpdated(() => location.reload());
// The data files download beside the code, not after it has run: the map is coloured as soon as
// both are in (the grey shapes never wait for the data).
const files = pageDatasets(view);
const pending = files ? loadAll(document.baseURI, files) : undefined;
// The map is drawn first: its code and geometry download beside the page's, not once it mounts.
const map =
  mode === 'present' || mode === 'desk' || (mode === 'embed' && (view.chart ?? 'map') !== 'map')
    ? null
    : viewModule('map');
// The dashboard's first screen also shows the ranking: its code need not wait for the page to mount.
if (mode === 'full') void viewModule('ranking');

// Svelte itself is imported here, beside the app's code, not at the top: the data requests above
// start before its runtime is downloaded and evaluated (bench/README.md, "Where the time goes").
const svelte = import('./mount');
type Root = { default: Component<{ pending?: typeof pending }> };

// Each mode is its own app, one loader each: written as one call with a conditional import, the
// minifier merged them and every page preloaded every app's code (an embed fetched the dashboard).
const APPS: Record<typeof mode, () => Promise<Root>> = {
  present: () => import('./PresentApp.svelte') as Promise<Root>,
  // The data desk bundles the pipeline: never part of the dashboard's load.
  desk: () => import('./DeskApp.svelte') as Promise<Root>,
  // One view with minimal chrome, for an iframe (?mode=embed&chart=…).
  embed: () => import('./EmbedApp.svelte'),
  full: () => import('./App.svelte'),
};

async function start(): Promise<unknown> {
  const [{ mount }, { default: App }] = await Promise.all([svelte, APPS[mode](), map]);
  const props = mode === 'embed' || mode === 'full' ? { pending } : {};
  return mount(App, { target: target!, props });
}

export default start();
