/**
 * The floor: the least a Svelte 5 + d3-geo page does to draw the 38 districts with a hover
 * tooltip and a click highlight, measured beside ours and the peer in the same run. Whatever our
 * pages spend above it is spent on what they add (inset, labels, ranking, the other views).
 */
import { mount } from 'svelte';
import Floor from './Floor.svelte';

mount(Floor, { target: document.getElementById('app')! });
