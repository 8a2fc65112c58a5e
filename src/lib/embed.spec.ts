import { describe, expect, it } from 'vitest';
import {
  EMBED_CHARTS,
  DEFAULT_CREDIT,
  creditLine,
  dashboardUrl,
  embedTheme,
  embedUrl,
  getEmbedCode,
  heightMessage,
  isPing,
  parseEmbedParams,
  selectMessage,
} from './embed';

const PAGE = 'https://graphics.example/news/cq-plenary/index.html?view=map&district=500101#x';

describe('parseEmbedParams', () => {
  it('reads every known chart name', () => {
    for (const chart of EMBED_CHARTS)
      expect(parseEmbedParams(new URLSearchParams({ mode: 'embed', chart }))).toEqual({ chart });
  });
  it('falls back to the map for a missing or unknown chart', () => {
    expect(parseEmbedParams(new URLSearchParams('mode=embed')).chart).toBe('map');
    expect(parseEmbedParams(new URLSearchParams('chart=pie')).chart).toBe('map');
  });
});

describe('embedUrl / dashboardUrl', () => {
  it('keeps the dashboard state, drops view/slide and points at the app folder', () => {
    const state = new URLSearchParams('district=500101&session=plenary-6-5&view=x&slide=3&lang=en');
    const url = new URL(embedUrl(PAGE, 'timeline', state));
    expect(url.origin + url.pathname).toBe('https://graphics.example/news/cq-plenary/');
    expect(url.searchParams.get('mode')).toBe('embed');
    expect(url.searchParams.get('chart')).toBe('timeline');
    expect(url.searchParams.get('district')).toBe('500101');
    expect(url.searchParams.get('session')).toBe('plenary-6-5');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.has('view')).toBe(false);
    expect(url.searchParams.has('slide')).toBe(false);
    expect(url.hash).toBe('');
  });
  it('round-trips: the dashboard link of an embed shows the same state without mode/chart', () => {
    const embed = embedUrl(PAGE, 'map', new URLSearchParams('metric=pledges&theme=dark'));
    const back = new URL(dashboardUrl(embed, new URL(embed).searchParams));
    expect(back.searchParams.get('metric')).toBe('pledges');
    expect(back.searchParams.get('theme')).toBe('dark');
    expect(back.searchParams.has('mode')).toBe(false);
    expect(back.searchParams.has('chart')).toBe(false);
  });
});

describe('credit and theme', () => {
  it('carries the host’s credit and the map/tiles choice into the embed URL', () => {
    const url = new URL(
      embedUrl(PAGE, 'map', new URLSearchParams('credit=Daily Herald&layout=tiles')),
    );
    expect(url.searchParams.get('credit')).toBe('Daily Herald');
    expect(url.searchParams.get('layout')).toBe('tiles');
  });
  it('words the credit line in each language, with a neutral default', () => {
    expect(creditLine('新闻报', 'zh')).toBe('图表：新闻报');
    expect(creditLine('Daily Herald', 'en')).toBe('Chart: Daily Herald');
    expect(creditLine(null, 'en')).toBe(`Chart: ${DEFAULT_CREDIT.en}`);
    for (const lang of ['zh', 'en'] as const)
      expect(DEFAULT_CREDIT[lang]).not.toMatch(/市委|Committee|CPC|Party|党/);
  });
  it('is light unless the URL names a theme', () => {
    expect(embedTheme('auto')).toBe('light');
    expect(embedTheme('dark')).toBe('dark');
    expect(embedTheme('light')).toBe('light');
  });
});

describe('getEmbedCode', () => {
  const code = getEmbedCode({
    pageUrl: PAGE,
    chart: 'map',
    state: new URLSearchParams('district=500101'),
    title: '重庆38区县 "地图" & 承诺',
    lang: 'zh',
  });
  it('is an iframe plus an external script, no inline script or style attribute', () => {
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>\n<script src="[^"]+" async><\/script>$/);
    expect(code).not.toMatch(/style=/);
    expect(code).toContain('src="https://graphics.example/news/cq-plenary/embed.js"');
    expect(code).toContain('data-cq-embed="map"');
  });
  it('uses absolute URLs and escapes attribute values', () => {
    expect(code).toContain(
      'src="https://graphics.example/news/cq-plenary/?mode=embed&amp;chart=map&amp;district=500101"',
    );
    expect(code).toContain('title="重庆38区县 &quot;地图&quot; &amp; 承诺"');
  });
  it('sandboxes the frame without letting it navigate the host page', () => {
    const sandbox = /sandbox="([^"]+)"/.exec(code)![1]!.split(' ');
    expect(sandbox).toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-top-navigation');
  });
});

describe('messages', () => {
  it('rounds heights up so nothing is cut off', () => {
    expect(heightMessage('map', 500.01)).toEqual({
      type: 'cq-embed:height',
      height: 501,
      id: 'map',
    });
  });
  it('recognises a ping and nothing else', () => {
    expect(isPing({ type: 'cq-embed:ping' })).toBe(true);
    for (const other of [null, 'cq-embed:ping', {}, { type: 'cq-embed:height' }])
      expect(isPing(other)).toBe(false);
  });
  it('carries a selection for the host page', () => {
    expect(selectMessage('map', '500101', null)).toMatchObject({
      type: 'cq-embed:select',
      district: '500101',
      session: null,
    });
  });
});
