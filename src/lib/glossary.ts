/**
 * The reviewed English of Chinese terms the app shows outside the data rows: outlets (重庆日报),
 * programme names (富民贷). Read from data/glossary.csv at build time, the same file the pipeline
 * reads, so a term has one English name wherever it appears.
 * Owns: term → English. Knows nothing about the DOM.
 */
import Papa from 'papaparse';
import glossaryText from '../../data/glossary.csv?raw';
import { termText } from './format';
import type { Lang } from './i18n';

const GLOSSARY: ReadonlyMap<string, string> = new Map(
  Papa.parse<{ zh: string; en: string }>(glossaryText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data.map((row) => [row.zh.trim(), row.en.trim()]),
);

/** The glossary's English for a term, or '' when it has none yet. */
export function glossaryEn(zh: string): string {
  return GLOSSARY.get(zh) ?? '';
}

/** A term in the reader's language: the glossary's English, else the Chinese marked as Chinese. */
export function term(zh: string, lang: Lang): { text: string; lang: 'zh-CN' | 'en' } {
  return termText(zh, glossaryEn(zh), lang);
}
