import { describe, expect, it } from 'vitest';
import { Selection, type HistoryPort } from './selection.svelte';

/** An address bar in memory: a stack of entries and a cursor, like the browser's. */
function fakeHistory(initial = '') {
  const entries = [initial];
  let index = 0;
  let onPop: (() => void) | null = null;
  const port: HistoryPort = {
    read: () => entries[index]!,
    push(search) {
      entries.splice(index + 1, Infinity, search);
      index = entries.length - 1;
    },
    replace(search) {
      entries[index] = search;
    },
    listen(cb) {
      onPop = cb;
      return () => (onPop = null);
    },
  };
  const go = (delta: number) => {
    index += delta;
    onPop?.();
  };
  return { port, entries, go, current: () => entries[index] };
}

describe('Selection', () => {
  it('opens the view a shared link describes', () => {
    const h = fakeHistory('?district=500102&session=plenary-6-5&lang=en');
    const s = new Selection(h.port);
    expect(s.view).toMatchObject({ district: '500102', session: 'plenary-6-5', lang: 'en' });
  });

  it('adds a history entry per selection and steps back and forward through them', () => {
    const h = fakeHistory('');
    const s = new Selection(h.port);
    s.start();
    s.selectDistrict('500101');
    s.selectSession('plenary-6-5');
    expect(h.current()).toBe('?district=500101&session=plenary-6-5');
    expect(h.entries).toHaveLength(3);
    h.go(-1);
    expect(s.view.session).toBeNull();
    expect(s.view.district).toBe('500101');
    h.go(-1);
    expect(s.view.district).toBeNull();
    h.go(2);
    expect(s.view.session).toBe('plenary-6-5');
  });

  it('replaces the entry for display changes and adds none for hover', () => {
    const h = fakeHistory('?district=500101');
    const s = new Selection(h.port);
    s.setLang('en');
    s.setTheme('dark');
    s.hover('500102');
    expect(h.entries).toEqual(['?district=500101&lang=en&theme=dark']);
    expect(s.hovered).toBe('500102');
  });

  it('does not add an entry when nothing changes', () => {
    const h = fakeHistory('?district=500101');
    const s = new Selection(h.port);
    s.selectDistrict('500101');
    expect(h.entries).toHaveLength(1);
  });

  it('never writes the URL from an embed', () => {
    const h = fakeHistory('?mode=embed&chart=ranking');
    const s = new Selection(h.port);
    s.selectDistrict('500101');
    expect(s.view.district).toBe('500101');
    expect(h.entries).toEqual(['?mode=embed&chart=ranking']);
  });

  it('drops ids the data does not know once it has loaded, without a new entry', () => {
    const h = fakeHistory('?district=500199&session=plenary-6-5');
    const s = new Selection(h.port);
    s.constrain({ districts: new Set(['500101']), sessions: new Set(['plenary-6-5']) });
    expect(s.view.district).toBeNull();
    expect(h.entries).toEqual(['?session=plenary-6-5']);
  });
});
