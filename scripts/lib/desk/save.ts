/**
 * What one save of the data desk writes, computed from the request and the files as they are on
 * disk at that moment: the new articles and the manifest (seeds/), the two decision files
 * (data/). Every input is checked by the pipeline's own readers (intake.ts for articles and the
 * manifest, corrections.ts for decisions) before anything is planned, so a save the pipeline
 * would refuse writes nothing. Pure (the SHA-256 is handed in): scripts/desk-server.ts does the
 * writing, the page does the same for downloads on a static host.
 */
import { decodeArticle, InputError } from '../intake.ts';
import {
  mergeDecisions,
  CORRECTIONS_FILE,
  REVIEWED_FILE,
  type DeskDecision,
} from './decision-files.ts';
import {
  MANIFEST_FILE,
  articleFileName,
  manifestWith,
  metaProblem,
  type ArticleMeta,
  type ManifestArticle,
} from './new-article.ts';

/** An article to add: a new text, or another outlet of a text already in seeds/. */
export interface SaveArticle extends ArticleMeta {
  id: string;
  /** The article's text exactly as the desk read it (a BOM kept); absent for another outlet. */
  text?: string;
  /** For another outlet: the seed file whose text this is. */
  sameAs?: string;
}

export interface SaveRequest {
  decisions: DeskDecision[];
  articles: SaveArticle[];
}

export interface CurrentFiles {
  corrections: string | null;
  reviewed: string | null;
  manifest: string | null;
}

export interface SavePlan {
  /** File name in seeds/ → content. */
  seeds: Map<string, string>;
  /** File name in data/ → content. */
  data: Map<string, string>;
  /** The manifest rows added. */
  added: ManifestArticle[];
}

/** Encodes text as the UTF-8 bytes it is saved as (a leading BOM stays a BOM). */
export const utf8 = (text: string) => new TextEncoder().encode(text);

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks the shape of a request that came over the wire; throws naming what is wrong. */
export function checkRequest(body: unknown): SaveRequest {
  const req = body as Partial<SaveRequest> | null;
  if (!req || !Array.isArray(req.decisions) || !Array.isArray(req.articles))
    throw new Error('a save needs decisions and articles (lists)');
  for (const a of req.articles)
    if (
      ![a.id, a.date, a.title, a.outlet, a.url].every(isString) ||
      (a.text !== undefined && !isString(a.text)) ||
      (a.sameAs !== undefined && !isString(a.sameAs))
    )
      throw new Error('an article needs id, date, title, outlet, url and text or sameAs');
  for (const d of req.decisions)
    if (
      !d ||
      !['accept', 'fix', 'reject', 'clear'].includes(d.action) ||
      ![d.rowHash, d.decidedBy, d.decidedAt].every(isString) ||
      !d.key ||
      ![d.key.table, d.key.source_id, d.key.start, d.key.end, d.key.at].every(isString) ||
      (d.fixes !== undefined &&
        (!Array.isArray(d.fixes) ||
          !d.fixes.every((f) => [f.field, f.original, f.corrected].every(isString))))
    )
      throw new Error('a decision needs its action, key, row hash, who and when');
  return req as SaveRequest;
}

/**
 * Plans a save. Throws InputError or CsvError (file and line) for what the pipeline would refuse:
 * a binary, non-UTF-8, empty or too large text, a bad manifest field, a duplicate id, a
 * decision on an unknown source or an incomplete decision.
 */
export function planSave(
  request: SaveRequest,
  current: CurrentFiles,
  sha256: (bytes: Uint8Array) => string,
): SavePlan {
  const seeds = new Map<string, string>();
  const known = manifestWith(current.manifest, []).entries;
  const added: ManifestArticle[] = request.articles.map((a) => {
    const problem = metaProblem(a);
    if (problem)
      throw new InputError(
        `seeds/${MANIFEST_FILE}`,
        0,
        `${a.id}: ${problem} is missing or not valid`,
      );
    if (a.text === undefined) {
      const same = known.find((e) => e.file === a.sameAs);
      if (!same)
        throw new InputError(`seeds/${a.sameAs}`, 0, 'is not an article of seeds/manifest.csv');
      return { ...a, file: same.file, sha256: same.sha256 };
    }
    const bytes = utf8(a.text);
    decodeArticle(bytes, `${a.id}.txt`);
    const digest = sha256(bytes);
    // A text already in seeds/ is never written twice: it is another outlet of that file.
    const same = known.find((e) => e.sha256 === digest);
    if (same) return { ...a, file: same.file, sha256: digest };
    const file = articleFileName(a.id, digest);
    seeds.set(file, a.text);
    return { ...a, file, sha256: digest };
  });
  const manifest = manifestWith(current.manifest, added);
  if (added.length) seeds.set(MANIFEST_FILE, manifest.text);
  const ids = new Set(manifest.entries.map((e) => e.id));
  const unknown = request.decisions.find((d) => !ids.has(d.key.source_id));
  if (unknown)
    throw new InputError(
      `data/${CORRECTIONS_FILE}`,
      0,
      `a decision names source "${unknown.key.source_id}", which seeds/manifest.csv does not list`,
    );
  const merged = mergeDecisions(current, request.decisions);
  const data = new Map<string, string>();
  if (merged.corrections !== (current.corrections ?? ''))
    data.set(CORRECTIONS_FILE, merged.corrections);
  if (merged.reviewed !== (current.reviewed ?? '')) data.set(REVIEWED_FILE, merged.reviewed);
  return { seeds, data, added };
}
