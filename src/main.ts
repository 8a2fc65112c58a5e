import { mount } from 'svelte';
import { parseViewState } from './state/url';
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
      : (await import('./App.svelte')).default;

export default mount(Root, { target });
