/**
 * The dashboard's headline: what the data shows for the selected session (or all of them), in
 * both languages, filled from the data by a template so it stays true when the data changes:
 * "五次全会后，38个区县中9个作出表态，其中4个提出量化目标". The counts are the map's and the
 * ranking's (src/lib/metrics.ts, on the same boundaries): units with at least one statement, and
 * with at least one target, out of the units the boundaries shown have.
 * Owns: the headline's wording. Knows nothing about the DOM.
 */
import type { Datasets } from './load';
import type { Lang } from './i18n';
import { computeMetric, type Metric } from './metrics';
import { shortEventLabel } from './sessions';
import { unitCountOf } from './vintage-view';
import type { VintageId } from './vintages';

export interface HeadlineFacts {
  /** Short session label (五次全会 / 5th plenary), or null for all sessions. */
  session: string | null;
  /** Districts and counties of the boundaries shown (38, or 37 from 2025-11-06). */
  units: number;
  /** Districts with at least one statement about the session. */
  districts: number;
  /** Of those, districts with at least one numeric target. */
  withTargets: number;
  /** Statements by districts, and by other bodies (municipal, national), about the session. */
  districtStatements: number;
  otherStatements: number;
}

const positive = (m: Metric) => [...m.values.values()].filter((v) => (v.value ?? 0) > 0);

/** The counts behind the headline; null while the statements are not loaded. */
export function headlineFacts(
  data: Datasets,
  session: string | null,
  vintage: VintageId,
  lang: Lang,
): HeadlineFacts | null {
  if (!data.pledges || !data.districts) return null;
  const said = positive(computeMetric('statements', data, session, vintage));
  const codes = new Set(said.map((v) => v.code));
  const targeted = data.figures
    ? positive(computeMetric('targets', data, session, vintage)).filter((v) => codes.has(v.code))
        .length
    : 0;
  const event = session ? data.sessions?.find((s) => s.event_id === session) : undefined;
  const all = data.pledges.filter((p) => session === null || p.event_id === session).length;
  const byDistricts = said.reduce((n, v) => n + (v.value ?? 0), 0);
  return {
    session: event ? shortEventLabel(event, lang) : null,
    units: unitCountOf(vintage),
    districts: codes.size,
    withTargets: targeted,
    districtStatements: byDistricts,
    otherStatements: all - byDistricts,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The headline sentence. A count of zero targets is left unsaid rather than stated as a finding
 * (a target the articles do not report is not a target nobody set).
 */
export function headlineText(f: HeadlineFacts, lang: Lang): string {
  if (lang === 'zh') {
    const when = f.session ? `${f.session}后` : '历次全会后';
    if (!f.districts) return `${when}，暂无区县表态记录`;
    const targets = f.withTargets ? `，其中${f.withTargets}个提出量化目标` : '';
    return `${when}，${f.units}个区县中${f.districts}个作出表态${targets}`;
  }
  const when = f.session ? `After the ${f.session}` : 'After the plenary sessions';
  if (!f.districts) return `${when}, no district statements are recorded yet`;
  const who = `${f.districts} of the ${f.units} districts and counties`;
  const targets = !f.withTargets
    ? ''
    : f.districts === 1
      ? '; it set numeric targets'
      : `; ${f.withTargets} of them set numeric targets`;
  return `${when}, ${who} made statements${targets}`;
}

/** The line under the headline: the statements in all, so the district count has its context. */
export function headlineDek(f: HeadlineFacts, lang: Lang): string {
  const all = f.districtStatements + f.otherStatements;
  if (lang === 'zh')
    return f.otherStatements
      ? `共${all}条表态：区县${f.districtStatements}条，其他机构${f.otherStatements}条`
      : `共${all}条表态，均来自区县`;
  const total = count(all, 'statement', 'statements');
  return f.otherStatements
    ? `${total} in all: ${f.districtStatements} by districts, ${f.otherStatements} by other bodies`
    : `${total} in all, every one by a district`;
}
