import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHARTS,
  constrainViewState,
  DEFAULT_VIEW_STATE,
  KEYS,
  LAYOUTS,
  MAX_CREDIT_CHARS,
  METRICS,
  MODES,
  parseCredit,
  parseQuoteRef,
  parseViewState,
  THEMES,
  toSearchParams,
  VIEWS,
  type ViewState,
} from './view-state';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

describe('parseViewState', () => {
  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW_STATE);
  });
  it('reads a shared link', () => {
    expect(
      parse('?district=500102&session=plenary-6-5&metric=loans&lang=en&view=table&quote=000:10-42'),
    ).toEqual({
      ...DEFAULT_VIEW_STATE,
      district: '500102',
      session: 'plenary-6-5',
      metric: 'loans',
      lang: 'en',
      view: 'table',
      quote: { source: '000', start: 10, end: 42 },
    });
  });
  it('reads the provisional id of 两江新区 and the boundaries picked', () => {
    expect(parse('district=x-liangjiang&boundaries=2025')).toMatchObject({
      district: 'x-liangjiang',
      boundaries: '2025',
    });
    expect(toSearchParams(parse('district=x-liangjiang&boundaries=2016')).toString()).toBe(
      'district=x-liangjiang&boundaries=2016',
    );
  });
  it('reads embed and presentation keys', () => {
    expect(parse('mode=embed&chart=loans')).toMatchObject({ mode: 'embed', chart: 'loans' });
    expect(parse('mode=present&slide=3')).toMatchObject({ mode: 'present', slide: 3 });
  });
  it.each([
    ['district=5001', 'district', null],
    ['district=<script>', 'district', null],
    ['district=x-', 'district', null],
    ['district=y-liangjiang', 'district', null],
    ['boundaries=2020', 'boundaries', null],
    ['boundaries=38', 'boundaries', null],
    ['session=Plenary 6', 'session', null],
    ['metric=gdp', 'metric', 'statements'],
    ['lang=fr', 'lang', 'zh'],
    ['mode=admin', 'mode', 'full'],
    ['theme=sepia', 'theme', 'auto'],
    ['chart=pie', 'chart', null],
    ['slide=0', 'slide', null],
    ['slide=-1', 'slide', null],
    ['slide=1e3', 'slide', null],
    ['slide=99999999999999999999', 'slide', null],
    ['quote=000:50-10', 'quote', null],
    ['quote=000:1-99999999', 'quote', null],
    ['quote=:1-2', 'quote', null],
  ] as const)('falls back to the default for %s', (query, key, expected) => {
    expect(parse(query)[key]).toEqual(expected);
  });
  it('ignores prototype keys and values', () => {
    expect(parse('__proto__=x&constructor=y&lang=__proto__&metric=toString')).toEqual(
      DEFAULT_VIEW_STATE,
    );
  });
  it('never throws and always gives a valid state, whatever the query', () => {
    const key = fc.oneof(fc.constantFrom(...KEYS, '__proto__', 'constructor'), fc.string());
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('__proto__', 'toString', '9'.repeat(400), 'NaN', 'Infinity'),
      fc.integer().map(String),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const state = parseViewState(params);
        expect(METRICS).toContain(state.metric);
        expect(MODES).toContain(state.mode);
        expect(VIEWS).toContain(state.view);
        expect(THEMES).toContain(state.theme);
        expect(state.chart === null || CHARTS.includes(state.chart)).toBe(true);
        expect(state.slide === null || (state.slide >= 1 && state.slide <= 999)).toBe(true);
        // What was read writes back to the same state.
        expect(parseViewState(toSearchParams(state))).toEqual(state);
      }),
    );
  });
});

describe('toSearchParams', () => {
  it('writes nothing for the default view', () => {
    expect(toSearchParams(DEFAULT_VIEW_STATE).toString()).toBe('');
  });
  it('writes keys in a fixed order', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      lang: 'en',
      district: '500102',
      session: 'plenary-6-5',
    };
    expect(toSearchParams(state).toString()).toBe('district=500102&session=plenary-6-5&lang=en');
  });
  it('round-trips any valid state', () => {
    const state = fc.record({
      district: fc.option(fc.oneof(fc.stringMatching(/^\d{6}$/), fc.constant('x-liangjiang'))),
      boundaries: fc.option(fc.constantFrom('2016' as const, '2025' as const)),
      session: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/)),
      metric: fc.constantFrom(...METRICS),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      view: fc.constantFrom(...VIEWS),
      theme: fc.constantFrom(...THEMES),
      mode: fc.constantFrom(...MODES),
      chart: fc.option(fc.constantFrom(...CHARTS)),
      slide: fc.option(fc.integer({ min: 1, max: 999 })),
      quote: fc.option(
        fc
          .tuple(
            fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/),
            fc.nat(100_000),
            fc.integer({ min: 1, max: 5000 }),
          )
          .map(([source, start, length]) => ({ source, start, end: start + length })),
      ),
      layout: fc.constantFrom(...LAYOUTS),
      credit: fc.option(
        fc.string({ minLength: 1, maxLength: 30 }).map((t) => parseCredit(t) ?? 'Newsroom'),
      ),
      reviewed: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseViewState(toSearchParams(s))).toEqual(s);
      }),
    );
  });
});

describe('reviewed only', () => {
  it('reads reviewed=1 and writes it only when on', () => {
    expect(parse('reviewed=1').reviewed).toBe(true);
    expect(parse('reviewed=true').reviewed).toBe(false);
    expect(parse('').reviewed).toBe(false);
    expect(toSearchParams({ ...DEFAULT_VIEW_STATE, reviewed: true }).toString()).toBe('reviewed=1');
    expect(toSearchParams(DEFAULT_VIEW_STATE).toString()).toBe('');
  });
});

describe('layout and credit', () => {
  it('keeps the map/tiles choice', () => {
    expect(parse('layout=tiles').layout).toBe('tiles');
    expect(parse('layout=hexes').layout).toBe('map');
    expect(toSearchParams({ ...DEFAULT_VIEW_STATE, layout: 'tiles' }).toString()).toBe(
      'layout=tiles',
    );
  });
  it('reads a credit as plain text, spaces tidied', () => {
    expect(parse('credit=%E6%96%B0%E9%97%BB%E6%8A%A5').credit).toBe('新闻报');
    expect(parseCredit('  Daily\tNews \n desk ')).toBe('Daily News desk');
    expect(parseCredit('<b>Herald</b>')).toBe('<b>Herald</b>');
  });
  it('drops an empty credit or one over the limit instead of cutting a name', () => {
    expect(parseCredit('   ')).toBeNull();
    expect(parseCredit('x'.repeat(MAX_CREDIT_CHARS))).toHaveLength(MAX_CREDIT_CHARS);
    expect(parseCredit('x'.repeat(MAX_CREDIT_CHARS + 1))).toBeNull();
    expect(parseCredit('报'.repeat(MAX_CREDIT_CHARS + 1))).toBeNull();
  });
});

describe('parseQuoteRef', () => {
  it('reads a source id with offsets', () => {
    expect(parseQuoteRef('003:1200-1288')).toEqual({ source: '003', start: 1200, end: 1288 });
  });
  it('rejects reversed or empty spans', () => {
    expect(parseQuoteRef('003:10-10')).toBeNull();
    expect(parseQuoteRef('003:10')).toBeNull();
  });
});

describe('constrainViewState', () => {
  const state: ViewState = {
    ...DEFAULT_VIEW_STATE,
    district: '500199',
    session: 'plenary-6-9',
    quote: { source: '999', start: 1, end: 2 },
  };
  it('drops ids the data does not know', () => {
    const out = constrainViewState(state, {
      districts: new Set(['500101']),
      sessions: new Set(['plenary-6-5']),
      sources: new Set(['000']),
    });
    expect(out).toMatchObject({ district: null, session: null, quote: null });
  });
  it('keeps ids whose catalogue is not loaded yet', () => {
    expect(constrainViewState(state, {})).toEqual(state);
  });
  it('keeps known ids', () => {
    const known = { ...state, district: '500101' };
    expect(constrainViewState(known, { districts: new Set(['500101']) }).district).toBe('500101');
  });
});
