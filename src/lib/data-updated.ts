/**
 * "data/ changed": the desk says so after a save has rebuilt the data, and every open page of the
 * same site (dashboard, embeds, slides) reloads with the new rows. Same origin only: a
 * BroadcastChannel never crosses to another site. Owns: the channel's name and message.
 */
const CHANNEL = 'cq-data-updated';

/** Tells the site's other open pages that data/ was rebuilt. */
export function announceDataUpdated(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('rebuilt');
  channel.close();
}

/** Calls `then` when another page of the site announces rebuilt data. */
export function onDataUpdated(then: () => void): void {
  if (typeof BroadcastChannel === 'undefined') return;
  new BroadcastChannel(CHANNEL).onmessage = (event) => {
    if (event.data === 'rebuilt') then();
  };
}
