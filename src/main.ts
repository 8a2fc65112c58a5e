import { mount } from 'svelte';
import App from './App.svelte';
import { parseViewState } from './state/url';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Presentation mode is its own small app, loaded only when a deck is asked for.
const { mode } = parseViewState(new URLSearchParams(location.search));
// An embed (?mode=embed&chart=…) is one view with minimal chrome, for an iframe (src/EmbedApp.svelte).
const Root =
  mode === 'present'
    ? (await import('./PresentApp.svelte')).default
    : mode === 'embed'
      ? (await import('./EmbedApp.svelte')).default
      : App;

export default mount(Root, { target });
