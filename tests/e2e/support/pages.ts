/**
 * Every page the product serves, as data: the dashboard, each embed and the presentation, in
 * both languages. Specs that must hold everywhere (accessibility, CSP, no third-party requests,
 * URL fuzzing) loop over this list, so a new mode is tested by adding one entry here.
 */
import { EMBED_CHARTS } from '../../../src/lib/embed';
import { LANGS, type Lang } from '../../../src/lib/i18n';

export interface PageUnderTest {
  /** Test title, e.g. "dashboard (en)". */
  name: string;
  /** Query string including "?" (or empty), relative to the site root. */
  query: string;
  lang: Lang;
}

interface Mode {
  name: string;
  params: Record<string, string>;
}

const DASHBOARD: Mode = { name: 'dashboard', params: {} };
const EMBEDS: Mode[] = EMBED_CHARTS.map((chart) => ({
  name: `embed ${chart}`,
  params: { mode: 'embed', chart },
}));
const PRESENTATION: Mode = { name: 'presentation', params: { mode: 'present' } };

function inBothLanguages(modes: Mode[]): PageUnderTest[] {
  return modes.flatMap((m) =>
    LANGS.map((lang) => {
      const params = new URLSearchParams({ ...m.params, ...(lang === 'zh' ? {} : { lang }) });
      const query = params.size ? `?${params}` : '';
      return { name: `${m.name} (${lang})`, query, lang };
    }),
  );
}

/** Every page: the dashboard, each embed and the presentation, in Chinese and in English. */
export const ALL_URLS: PageUnderTest[] = inBothLanguages([DASHBOARD, ...EMBEDS, PRESENTATION]);

/** One URL per mode and chart, in Chinese, plus the English dashboard: for slower checks. */
export const EACH_MODE: PageUnderTest[] = ALL_URLS.filter(
  (p) => p.lang === 'zh' || p.query === '?lang=en',
);
