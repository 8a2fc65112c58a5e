/**
 * How a district is named on the map: its Chinese and English names (from districts.csv, else
 * the drawing's own), the short label drawn on the map, and the sentence read out for it
 * (tooltip, aria-label, live region) in the interface language.
 * Owns: those strings. Pure; knows nothing about the DOM.
 */
import type { Lang } from '../i18n';
import { shortName, shortNameEn } from './labels';

export interface NamedDistrict {
  code: string;
  name_zh: string;
  name_en: string;
}

export interface DistrictNames {
  zh(code: string): string;
  en(code: string): string;
  /** The label drawn on the map: the short Chinese name, or the English name. */
  label(code: string, lang: Lang): string;
  /**
   * `潼南区（Tongnan）：2 条表态` / `Tongnan: 2 statements` (an English label has no Chinese: a
   * screen reader reading English cannot say it, and the tooltip shows the Chinese, marked).
   */
  describe(code: string, lang: Lang, value: string): string;
}

export function districtNames(
  rows: readonly NamedDistrict[],
  drawn: readonly { code: string; name: string }[],
): DistrictNames {
  const byCode = new Map(rows.map((d) => [d.code, d]));
  const drawnName = new Map(drawn.map((d) => [d.code, d.name]));
  const zh = (code: string) => byCode.get(code)?.name_zh ?? drawnName.get(code) ?? code;
  const en = (code: string) => byCode.get(code)?.name_en ?? '';
  return {
    zh,
    en,
    label: (code, lang) =>
      lang === 'zh' ? shortName(zh(code)) : shortNameEn(en(code)) || shortName(zh(code)),
    describe: (code, lang, value) =>
      lang === 'zh' ? `${zh(code)}（${en(code)}）：${value}` : `${en(code) || zh(code)}: ${value}`,
  };
}
