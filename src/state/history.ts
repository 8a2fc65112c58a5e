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

export function browserHistory(): HistoryPort {
  const write = (method: 'pushState' | 'replaceState', search: string) => {
    const url = new URL(location.href);
    url.search = search;
    history[method](history.state, '', url);
  };
  return {
    read: () => location.search,
    push: (search) => write('pushState', search),
    replace: (search) => write('replaceState', search),
    listen(onPop) {
      addEventListener('popstate', onPop);
      return () => removeEventListener('popstate', onPop);
    },
  };
}
