/**
 * The whole pipeline as one pure function: articles + reference facts in, CSV file contents out.
 * The CLI (scripts/data.ts) reads and writes; nothing here touches the file system.
 */
import { keyString, tableName } from '../../src/lib/row-key.ts';
import { SCHEMAS, type DatasetName, type MachineRow, type RowOf } from '../../src/lib/schema.ts';
import { analyzeArticle, printedRange, type Article } from './article.ts';
import { toCsv, type Row } from './csv.ts';
import { inferArticleDate } from './dates.ts';
import { aliases, districtMatcher, type DistrictRow } from './districts.ts';
import { figureDate, holdOutOfForce, placeRegionSubjects } from './boundaries.ts';
import { extractEvents, type EventCandidate } from './events.ts';
import { buildSessions, findSessionMentions, type ReferenceSession } from './sessions.ts';
import { extractContext } from './context.ts';
import { findCorrection, readCorrections, readReviewed, unusedCorrections } from './corrections.ts';
import { applyDecisions } from './decisions.ts';
import { editedReprints, mergeReprints } from './reprints.ts';
import { readGlossary, untranslated } from './glossary.ts';
import { withPledgeEnglish } from './english.ts';
import { extractFigures } from './figures/index.ts';
import { goalRows } from './goal-rows.ts';
import { withoutHeldElsewhere } from './figures/claims.ts';
import { extractLoanCoverage, extractLoans } from './loans.ts';
import { extractSisterCities, sisterCityTotals } from './sister-cities.ts';
import { crossArticleNameReview, pledgeId, pledgeRows } from './pledge-rows.ts';
import { extractStatements } from './pledges.ts';
import type { Source } from './sources.ts';
import { normalizeArticle } from './text.ts';
import type { ReviewItem } from './types.ts';

export interface Reference {
  districts: Record<string, string>[];
  sessions: Record<string, string>[];
  sisterCityTotals?: Record<string, string>[];
  /** data/corrections.csv as text (parsed by the corrections rule), or null when absent. */
  corrections?: { text: string; file: string } | null;
  /** data/reviewed.csv as text: rows a person checked, or null when absent. */
  reviewed?: { text: string; file: string } | null;
  /** data/glossary.csv as text: English for the indicators, or null when absent. */
  glossary?: { text: string; file: string } | null;
  /** data/goal_glossary.csv as text: English for the goals (goals.csv), or null when absent. */
  goalGlossary?: { text: string; file: string } | null;
}

export interface BuildResult {
  /** file name (relative to the output folder) → content */
  files: Map<string, string>;
  warnings: string[];
  review: ReviewItem[];
  /** rows per output file, for the summary the CLI prints */
  counts: Map<string, number>;
}

export interface BuildOptions {
  /** Character-by-character normalisation (same length); identity when absent. */
  normalize?: (text: string) => string;
}

/** `day`, `month` or `year`: how much of a date (2024-05-25, 2024-05, 2024) is known. */
export function datePrecision(date: string): 'day' | 'month' | 'year' {
  return date.length >= 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** Rows sorted by their position in the sources: the stable key of every extracted dataset. */
function byPosition<R extends { source_id: string; start: string; end: string }>(rows: R[]): R[] {
  return [...rows].sort(
    (a, b) =>
      a.source_id.localeCompare(b.source_id) ||
      Number(a.start) - Number(b.start) ||
      Number(a.end) - Number(b.end),
  );
}

/** Publication date of each source: the manifest's, else inferred from the text (warned). */
function datedSources(
  sources: readonly Source[],
  norms: readonly string[],
  sessions: readonly ReferenceSession[],
  warnings: string[],
): { date: string; dateSource: string }[] {
  const dayOf = new Map(
    sessions.filter((s) => s.date_precision === 'day').map((s) => [s.event_id, s.date_start]),
  );
  return sources.map((s, i) => {
    if (s.date) return { date: s.date, dateSource: 'manifest' };
    const norm = norms[i]!;
    const known = findSessionMentions(norm)
      .filter((m) => dayOf.has(m.eventId))
      .map((m) => ({ start: m.start, end: m.end, date: dayOf.get(m.eventId)! }));
    const inferred = inferArticleDate(norm, known);
    if (!inferred) {
      warnings.push(`${s.file}: no date in a manifest and none found in the text`);
      return { date: '', dateSource: '' };
    }
    const line = s.text.slice(0, inferred.start).split('\n').length;
    warnings.push(
      `${s.file}:${line}: no manifest date; inferred ${inferred.date} (${inferred.rule}) from “${s.text.slice(inferred.start, inferred.end)}”`,
    );
    return { date: inferred.date, dateSource: `inferred: ${inferred.rule}` };
  });
}

export function buildData(
  sources: readonly Source[],
  reference: Reference,
  options: BuildOptions = {},
): BuildResult {
  const normalize = options.normalize ?? normalizeArticle;
  const warnings: string[] = [];
  const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  const districtRows = [...reference.districts].sort((a, b) =>
    (a.code ?? '').localeCompare(b.code ?? ''),
  ) as unknown as DistrictRow[];
  const matcher = districtMatcher(districtRows);
  const refSessions = reference.sessions as unknown as ReferenceSession[];

  // A reprint with the same text as an earlier id is listed in sources.csv but read once, under
  // that id (reprints.ts).
  const readers = sorted.filter((s) => !s.sameTextAs);
  const normOf = new Map(readers.map((s) => [s.id, normalize(s.text)]));
  const norms = sorted.map((s) => normOf.get(s.sameTextAs || s.id) ?? normalize(s.text));
  const dates = datedSources(sorted, norms, refSessions, warnings);
  const dateOf = new Map(sorted.map((s, i) => [s.id, dates[i]!.date]));
  const articles: Article[] = readers.map((s) =>
    analyzeArticle(s, dateOf.get(s.id)!, normOf.get(s.id)!, matcher.at(dateOf.get(s.id)!)),
  );

  const undated: ReviewItem[] = [];
  const candidates = articles.map((a) => extractEvents(a, undated));
  const sessions = buildSessions(refSessions, candidates.flat());
  const review: ReviewItem[] = [...sessions.review, ...undated];
  const rowById = new Map(sessions.rows.map((r) => [r.event_id, r]));

  const decided = reference.corrections
    ? readCorrections(reference.corrections.text, reference.corrections.file)
    : { misprints: [], decisions: [] };
  const corrections = decided.misprints;
  // A misprinted speaker's name is read as corrected (the row keeps the printed form beside it).
  const extractions = articles.map((a) => extractStatements(a, matcher.at(a.date), corrections));
  const pledges = articles.flatMap((article, i) => {
    const events = candidates[i]!.map((c) => {
      const id = sessions.ids.get(c)!;
      const row = rowById.get(id)!;
      return {
        id,
        kind: c.kind,
        at: c.at,
        date: row.date_start,
        precision: row.date_precision,
        name: c.name_zh,
      };
    });
    return pledgeRows(article, extractions[i]!.statements, events);
  });
  review.push(...extractions.flatMap((e) => e.review));

  const decisions = [
    ...decided.decisions,
    ...(reference.reviewed ? readReviewed(reference.reviewed.text, reference.reviewed.file) : []),
  ];
  const contexts = articles.map((article, i) => {
    const statements = extractions[i]!.statements;
    const ids = statements.map((st) => pledgeId(article.source.id, printedRange(article, st)[0]));
    return extractContext(article, statements, ids, matcher.at(article.date), corrections);
  });
  const goals = goalRows(contexts, reference, districtRows, warnings);
  const loans = contexts.map(extractLoans);
  // `扩大到了N个区县` covers every district only when N is the number in force on the date.
  const coverage = contexts.map((ctx) =>
    extractLoanCoverage(ctx, matcher.at(ctx.source.date).rows),
  );
  review.push(...loans.flatMap((l) => l.review), ...coverage.flatMap((c) => c.review));
  const sisterCities = contexts.map(extractSisterCities);
  review.push(...sisterCities.flatMap((r) => r.review));
  warnings.push(...sisterCities.flatMap((r) => r.warnings));
  const sisterTotals = sisterCityTotals(contexts, reference.sisterCityTotals ?? []).sort(
    (a, b) => a.as_of.localeCompare(b.as_of) || a.source_id.localeCompare(b.source_id),
  );
  // One fact, one table: figures leave out what loans.csv and the sister-city totals hold.
  const extracted = contexts.map(extractFigures);
  const figures = withoutHeldElsewhere(
    extracted.flatMap((f) => f.rows),
    extracted.flatMap((f) => f.review),
    { loans: loans.flatMap((l) => l.rows), sisterCityTotals: sisterTotals },
  );
  review.push(...figures.review);
  const glossary = reference.glossary
    ? readGlossary(reference.glossary.text, reference.glossary.file)
    : new Map<string, string>();
  // Districts have their English names in the reference list; other subjects and all indicators
  // come from the glossary.
  const districtEn = new Map(districtRows.map((d) => [d.code, d.name_en]));
  // 两江新区 is a region before 2025-11-06 and a district from then (scripts/lib/boundaries.ts).
  const articleDate = new Map(articles.map((a) => [a.source.id, a.date]));
  const placed = placeRegionSubjects(byPosition(figures.rows), districtRows, (r) =>
    figureDate(r, articleDate.get(r.source_id) ?? ''),
  );
  const figureRows = placed.map((row) => ({
    ...row,
    subject_en: districtEn.get(row.subject_code) ?? glossary.get(row.subject_zh) ?? '',
    indicator_en: glossary.get(row.indicator_zh) ?? '',
  }));
  const missingEnglish = untranslated(
    figureRows.flatMap((r) => [r.indicator_zh, r.subject_en ? '' : r.subject_zh]),
    glossary,
  );
  if (missingEnglish.length)
    warnings.push(
      `${reference.glossary?.file ?? 'data/glossary.csv'}: no English for ${missingEnglish.length} term(s), shown in Chinese in the English view: ${missingEnglish.slice(0, 8).join('、')}${missingEnglish.length > 8 ? '…' : ''}`,
    );
  // Speakers' names in pinyin, their titles and bodies from the glossary (scripts/lib/english.ts).
  const pledgesEn = withPledgeEnglish(pledges, { glossary, districts: districtRows });
  if (pledgesEn.missing.length)
    warnings.push(
      `${reference.glossary?.file ?? 'data/glossary.csv'}: no English for ${pledgesEn.missing.length} title(s) or bod(ies) of speakers, shown in Chinese in the English view: ${pledgesEn.missing.slice(0, 8).join('、')}${pledgesEn.missing.length > 8 ? '…' : ''}`,
    );
  const texts = new Map(sorted.map((s) => [s.id, s.text]));
  for (const c of unusedCorrections(corrections, texts))
    warnings.push(
      `${reference.corrections?.file}: correction "${c.original}" → "${c.corrected}" no longer occurs in source ${c.source_id}`,
    );
  review.push(
    ...crossArticleNameReview(
      articles.map((article, i) => ({ article, people: extractions[i]!.people })),
    ),
  );

  // A row keeps the code of the unit in force on its own date; any other goes to a person.
  const dateOfSource = (id: string) => articleDate.get(id) ?? '';
  const inForce = {
    pledges: holdOutOfForce(
      'pledges',
      pledgesEn.rows,
      'district_code',
      (r) => r.date,
      districtRows,
    ),
    figures: holdOutOfForce(
      'figures',
      figureRows,
      'subject_code',
      (r) => figureDate(r, dateOfSource(r.source_id)),
      districtRows,
    ),
    loanCoverage: holdOutOfForce(
      'loanCoverage',
      byPosition(coverage.flatMap((c) => c.rows)),
      'district_code',
      (r) => r.since || dateOfSource(r.source_id),
      districtRows,
    ),
  };
  review.push(...Object.values(inForce).flatMap((h) => h.review));

  // A misprint a person has corrected needs no more review.
  const resolved = review.filter(
    (r) => r.dataset !== 'pledges' || !findCorrection(corrections, 'pledges', r.source_id, r.quote),
  );
  review.length = 0;
  review.push(...resolved);
  review.sort(
    (a, b) =>
      a.dataset.localeCompare(b.dataset) ||
      a.source_id.localeCompare(b.source_id) ||
      a.start - b.start ||
      a.reason.localeCompare(b.reason),
  );
  const reprints = reprintPass(sorted, articles, candidates, sessions.ids);
  // People's decisions: what was checked, fixed or rejected, and what must be checked again.
  const decide = <N extends DatasetName>(name: N, read: readonly MachineRow<N>[]): RowOf<N>[] => {
    const rows = reprints(name, read);
    const applied = applyDecisions(name, tableName(name), rows, decisions);
    for (const d of applied.lapsed)
      warnings.push(
        `${d.file}:${d.line}: ${d.action} of ${keyString(d.key)} no longer matches a row (the rules now read it differently): check it again`,
      );
    return applied.rows;
  };
  const tables: [DatasetName, readonly Row[]][] = [
    [
      'sources',
      sorted.map((s, i) => ({
        source_id: s.id,
        file: s.file,
        sha256: s.sha256,
        date: dates[i]!.date,
        date_precision: dates[i]!.date ? datePrecision(dates[i]!.date) : '',
        title: s.title,
        outlet: s.outlet,
        url: s.url,
        date_source: dates[i]!.dateSource,
        same_text_as: s.sameTextAs ?? '',
      })),
    ],
    ['districts', districtRows.map((d) => ({ ...d, aliases_zh: aliases(d) }))],
    ['sessions', decide('sessions', sessions.rows)],
    ['pledges', decide('pledges', inForce.pledges.rows)],
    ['figures', decide('figures', inForce.figures.rows)],
    ['goals', decide('goals', goals)],
    ['loans', decide('loans', byPosition(loans.flatMap((l) => l.rows)))],
    ['loanCoverage', decide('loanCoverage', inForce.loanCoverage.rows)],
    ['sisterCities', decide('sisterCities', byPosition(sisterCities.flatMap((r) => r.rows)))],
    ['sisterCityTotals', decide('sisterCityTotals', sisterTotals)],
    [
      'review',
      review.map((r) => ({
        ...r,
        at: r.at ?? '',
        candidate: r.candidate ? JSON.stringify(r.candidate) : '',
      })),
    ],
  ];
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [name, rows] of tables) {
    files.set(SCHEMAS[name].file, toCsv(SCHEMAS[name].columns, rows));
    counts.set(SCHEMAS[name].file, rows.length);
  }
  return { files, warnings, review, counts };
}

// ---- Reprint pass (reprints.ts): one row per fact among reprints, with also_in. ----

/** The pass for each table, given every source, the articles read and their dated events. */
function reprintPass(
  sources: readonly Source[],
  articles: readonly Article[],
  candidates: readonly (readonly EventCandidate[])[],
  eventIds: ReadonlyMap<EventCandidate, string>,
): <N extends DatasetName>(name: N, rows: readonly MachineRow<N>[]) => MachineRow<N>[] {
  const identical = new Map<string, string[]>();
  for (const s of sources)
    if (s.sameTextAs) {
      const list = identical.get(s.sameTextAs) ?? [];
      list.push(s.id);
      identical.set(s.sameTextAs, list);
    }
  const edited = editedReprints(
    articles.map((a) => ({ id: a.source.id, text: a.norm, sentences: a.sentences })),
  );
  // Sessions are one row per event already: which read sources report each event.
  const eventSources = new Map<string, Set<string>>();
  articles.forEach((a, i) => {
    for (const c of candidates[i] ?? []) {
      const id = eventIds.get(c);
      if (id) eventSources.set(id, (eventSources.get(id) ?? new Set()).add(a.source.id));
    }
  });
  return (name, rows) =>
    mergeReprints(
      name,
      rows,
      { identical, edited },
      name === 'sessions' ? eventSources : undefined,
    );
}
