import { mount } from 'svelte';
import { parseViewState } from './lib/view-state';
import { viewModule } from './components/views';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Each mode is its own app, loaded only when asked for: an embed or a deck does not download the
// dashboard's views, nor the dashboard theirs.
const { mode } = parseViewState(new URLSearchParams(location.search));
// An embed (?mode=embed&chart=…) is one view with minimal chrome, for an iframe (src/EmbedApp.svelte).
const Root =
  mode === 'present'
    ? (await import('./PresentApp.svelte')).default
    : mode === 'embed'
      ? (await import('./EmbedApp.svelte')).default
      : mode === 'desk'
        ? // The data desk (src/DeskApp.svelte) bundles the pipeline: never part of the dashboard's load.
          (await import('./DeskApp.svelte')).default
        : // The dashboard draws the map first: its code and geometry download beside the page's.
          (await Promise.all([import('./App.svelte'), viewModule('map')]))[0].default;

export default mount(Root, { target });
