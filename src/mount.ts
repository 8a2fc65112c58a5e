/**
 * Svelte's mount, imported dynamically by src/main.ts beside the app's code, so the page's first
 * module starts the data requests before the runtime arrives. A module of the project's own, so
 * the build manifest names it (scripts/lib/budget.ts counts it in every entry's first paint).
 */
export { mount } from 'svelte';
