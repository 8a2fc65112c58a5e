/**
 * The address bar as the selection uses it: read the query, push or replace an entry, hear
 * back/forward. A port, so the selection's unit tests can use an in-memory history.
 */
export interface HistoryPort {
  /** The current query string, "?a=b" or "". */
  read(): string;
  push(search: string): void;
  replace(search: string): void;
  /** Calls back on back/forward; returns a function that stops listening. */
  listen(onPop: () => void): () => void;
}

type Method = 'pushState' | 'replaceState';

/**
 * Writes the address after the frame that shows the change is painted: pushState costs several
 * ms at 4× CPU (Chromium records the entry synchronously), which the click would otherwise wait
 * for (bench/README.md). Writes keep their order; leaving the page writes what is pending.
 */
export function browserHistory(): HistoryPort {
  let pending: { method: Method; search: string }[] = [];
  const write = ({ method, search }: { method: Method; search: string }) => {
    const url = new URL(location.href);
    url.search = search;
    history[method](history.state, '', url);
  };
  const flush = () => pending.splice(0).forEach(write);
  const later = (method: Method, search: string) => {
    pending.push({ method, search });
    if (pending.length === 1) requestAnimationFrame(() => setTimeout(flush, 0));
  };
  addEventListener('pagehide', flush);
  return {
    read: () => location.search,
    push: (search) => later('pushState', search),
    replace: (search) => later('replaceState', search),
    listen(onPop) {
      // Back/forward moved past what was not yet written: it is dropped, the popped entry wins.
      const pop = () => {
        pending = [];
        onPop();
      };
      addEventListener('popstate', pop);
      return () => removeEventListener('popstate', pop);
    },
  };
}
