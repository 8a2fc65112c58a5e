import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SLIDES,
  SLIDE_IDS,
  clampSlide,
  dashboardSearch,
  initialDeck,
  keyToAction,
  parseSlideParam,
  presentSearch,
  reduceDeck,
  withSlideParam,
  type DeckAction,
  type DeckContext,
  type DeckState,
} from './present';

/** Seven slides; the sixth (富民贷 coverage) takes four clicks, one per year. */
const SHAPE = [1, 1, 1, 1, 1, 4, 1];
const CTX: DeckContext = { shape: SHAPE, fullscreen: false };

function run(actions: DeckAction[], ctx: DeckContext = CTX, from = initialDeck()): DeckState {
  return actions.reduce((s, a) => reduceDeck(s, a, ctx).state, from);
}
const press = (...keys: string[]) => keys.map((key) => keyToAction({ key })!);

describe('the slides', () => {
  it('are the seven the briefing needs, in order, each a saved view', () => {
    expect(SLIDES.map((s) => s.id)).toEqual([...SLIDE_IDS]);
    expect(SLIDES.find((s) => s.id === 'spotlight')!.view.district).toBe('500102');
    expect(SLIDES.find((s) => s.id === 'map')!.view.metric).toBe('statements');
  });
});

describe('keyToAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'enter'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['?', 'help'],
    ['Escape', 'escape'],
    ['7', 'digit'],
  ])('%j → %s', (key, type) => {
    expect(keyToAction({ key })?.type).toBe(type);
  });

  it('leaves other keys and browser shortcuts to the browser', () => {
    expect(keyToAction({ key: 'x' })).toBeNull();
    expect(keyToAction({ key: 'Tab' })).toBeNull();
    expect(keyToAction({ key: 'p', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyToAction({ key: 'f', metaKey: true })).toBeNull();
  });
});

describe('reduceDeck navigation', () => {
  it('PageDown walks every slide and every step, then stays on the last', () => {
    const seen: string[] = [];
    let s = initialDeck();
    for (let i = 0; i < 12; i++) {
      seen.push(`${s.slide}.${s.step}`);
      s = reduceDeck(s, keyToAction({ key: 'PageDown' })!, CTX).state;
    }
    expect(seen).toEqual([
      '0.0',
      '1.0',
      '2.0',
      '3.0',
      '4.0',
      '5.0',
      '5.1',
      '5.2',
      '5.3',
      '6.0',
      '6.0',
      '6.0',
    ]);
  });

  it('going back enters a stepped slide at its last step, as reveal.js does', () => {
    const s = run(press('End', 'PageUp'));
    expect([s.slide, s.step]).toEqual([5, 3]);
    expect(run(press('PageUp'), CTX, s).step).toBe(2);
  });

  it('never goes before the first slide', () => {
    const s = run(press('ArrowLeft', 'ArrowUp', 'PageUp'));
    expect([s.slide, s.step]).toEqual([0, 0]);
  });

  it('Home and End jump to the ends at their first step', () => {
    expect(run(press('End')).slide).toBe(6);
    expect(run(press('End', 'Home')).slide).toBe(0);
  });

  it('typing a number then Enter jumps to that slide (1-based), clamped', () => {
    expect(run(press('3', 'Enter')).slide).toBe(2);
    expect(run(press('9', '9', 'Enter')).slide).toBe(6);
    expect(run(press('0', 'Enter')).slide).toBe(0);
    expect(run(press('3', 'Enter')).digits).toBe('');
  });

  it('Enter with nothing typed does nothing', () => {
    const s = run(press('ArrowRight', 'Enter'));
    expect(s.slide).toBe(1);
  });

  it('navigation lifts a blackout', () => {
    const black = run(press('b'));
    expect(black.blackout).toBe(true);
    expect(run(press('.'), CTX, black).blackout).toBe(false);
    const moved = run(press('ArrowRight'), CTX, black);
    expect(moved.blackout).toBe(false);
    expect(moved.slide).toBe(1);
  });
});

describe('reduceDeck effects', () => {
  it('F asks for fullscreen, or leaves it when already in it', () => {
    expect(reduceDeck(initialDeck(), { type: 'fullscreen' }, CTX).effect).toBe('enterFullscreen');
    expect(
      reduceDeck(initialDeck(), { type: 'fullscreen' }, { ...CTX, fullscreen: true }).effect,
    ).toBe('exitFullscreen');
  });

  it('Escape leaves fullscreen first, then the mode', () => {
    const full = { ...CTX, fullscreen: true };
    expect(reduceDeck(initialDeck(), { type: 'escape' }, full).effect).toBe('exitFullscreen');
    expect(reduceDeck(initialDeck(), { type: 'escape' }, CTX).effect).toBe('leave');
  });

  it('Escape closes the key help and the blackout before anything else', () => {
    const help = run(press('?'));
    expect(help.help).toBe(true);
    const r = reduceDeck(help, { type: 'escape' }, { ...CTX, fullscreen: true });
    expect(r.state.help).toBe(false);
    expect(r.effect).toBeUndefined();
    const black = run(press('b'));
    const r2 = reduceDeck(black, { type: 'escape' }, CTX);
    expect(r2.state.blackout).toBe(false);
    expect(r2.effect).toBeUndefined();
  });

  it('Escape cancels a half-typed slide number', () => {
    const typed = run(press('4'));
    const r = reduceDeck(typed, { type: 'escape' }, CTX);
    expect(r.state.digits).toBe('');
    expect(r.effect).toBeUndefined();
  });
});

describe('reduceDeck invariants (property)', () => {
  const keys = [
    'ArrowRight',
    'ArrowLeft',
    'PageDown',
    'PageUp',
    'Home',
    'End',
    'Enter',
    'b',
    '?',
    'Escape',
    '1',
    '5',
    '9',
  ];
  it('any key sequence keeps slide and step inside the deck', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }),
        fc.array(fc.constantFrom(...keys), { maxLength: 60 }),
        (shape, sequence) => {
          const ctx = { shape, fullscreen: false };
          const s = run(press(...sequence), ctx);
          expect(s.slide).toBeGreaterThanOrEqual(0);
          expect(s.slide).toBeLessThan(shape.length);
          expect(s.step).toBeGreaterThanOrEqual(0);
          expect(s.step).toBeLessThan(shape[s.slide]!);
          expect(s.digits.length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it('next then previous returns to the same place unless at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), (clicks) => {
        const start = run(Array.from({ length: clicks }, () => ({ type: 'next' }) as const));
        const total = SHAPE.reduce((a, b) => a + b, 0);
        const back = run([{ type: 'next' }, { type: 'prev' }], CTX, start);
        if (clicks < total - 1) expect([back.slide, back.step]).toEqual([start.slide, start.step]);
      }),
    );
  });
});

describe('the slide URL parameter', () => {
  it('is 1-based and clamped to the deck', () => {
    expect(parseSlideParam('3', 7)).toBe(2);
    expect(parseSlideParam('1', 7)).toBe(0);
    expect(parseSlideParam('7', 7)).toBe(6);
    expect(parseSlideParam('99', 7)).toBe(6);
    expect(parseSlideParam('0', 7)).toBe(0);
  });

  it('falls back to the first slide when missing or unreadable', () => {
    for (const v of [null, undefined, '', 'three', '-2', '2.5', '1e3']) {
      expect(parseSlideParam(v, 7)).toBe(0);
    }
  });

  it('round-trips through withSlideParam, keeping the other keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (slide) => {
        const search = withSlideParam('?mode=present&lang=en&slide=1', slide);
        const params = new URLSearchParams(search);
        expect(params.get('mode')).toBe('present');
        expect(params.get('lang')).toBe('en');
        expect(parseSlideParam(params.get('slide'), 7)).toBe(slide);
      }),
    );
  });

  it('leaving the mode drops mode and slide but keeps the language', () => {
    expect(dashboardSearch('?mode=present&slide=4&lang=en')).toBe('?lang=en');
    expect(dashboardSearch('?mode=present')).toBe('?');
  });

  it('leaving on a slide opens the dashboard at that slide’s view', () => {
    const spotlight = SLIDES.find((s) => s.id === 'spotlight')!.view;
    const params = new URLSearchParams(dashboardSearch('?mode=present&slide=4&lang=en', spotlight));
    expect(params.get('district')).toBe('500102');
    expect(params.get('metric')).toBe('targets');
    expect(params.get('lang')).toBe('en');
    expect(params.has('mode')).toBe(false);
    expect(params.has('chart')).toBe(false);
  });

  it('the dashboard’s Present link opens the deck in the reader’s language', () => {
    expect(presentSearch('zh')).toBe('?mode=present');
    expect(new URLSearchParams(presentSearch('en')).get('lang')).toBe('en');
    expect(new URLSearchParams(presentSearch('en')).get('mode')).toBe('present');
  });

  it('clampSlide copes with an empty deck and odd numbers', () => {
    expect(clampSlide(3, 0)).toBe(0);
    expect(clampSlide(Number.NaN, 5)).toBe(0);
    expect(clampSlide(2.7, 5)).toBe(2);
  });
});
