/**
 * The page's <html> attributes (lang, data-theme, data-mode), written only when they change:
 * setting `lang`, even to the value it has, restyles every element of the page (the `:lang()`
 * pseudo-class), which made each click restyle ~750 elements (bench/README.md).
 */
import type { Lang } from '../lib/i18n';

export function setPageRoot(lang: Lang, theme: string | null, mode?: string): void {
  const root = document.documentElement;
  const tag = lang === 'zh' ? 'zh-CN' : 'en';
  if (root.lang !== tag) root.lang = tag;
  if (theme === null) {
    if (root.dataset.theme !== undefined) delete root.dataset.theme;
  } else if (root.dataset.theme !== theme) root.dataset.theme = theme;
  if (mode !== undefined && root.dataset.mode !== mode) root.dataset.mode = mode;
}
