/**
 * What the data desk shows of a row and what a person may fix in it, per table: the value, unit,
 * kind, period, subject and speaker a reader of the chart would rely on. The quote and its
 * offsets are never fixable (the quote stays verbatim), nor what names a row among those of one
 * quote (`at`, src/lib/row-key.ts), nor English labels (from the reviewed glossaries).
 * Owns: the fields per table and checking a corrected value. Knows nothing about the DOM.
 */
import type { DatasetName } from '../schema';
import { parseValueInput } from './value';

export type FieldType = 'value' | 'text' | 'kind' | 'period' | 'date' | 'subject' | 'district';

export interface FieldSpec {
  field: string;
  type: FieldType;
}

const f = (field: string, type: FieldType = 'text'): FieldSpec => ({ field, type });

/** Fields a person may fix, per table, in the order the form shows them. */
export const FIX_FIELDS: Partial<Record<DatasetName, FieldSpec[]>> = {
  figures: [
    f('value', 'value'),
    f('unit'),
    f('qualifier'),
    f('kind', 'kind'),
    f('period', 'period'),
    f('subject_code', 'subject'),
    f('indicator_zh'),
  ],
  pledges: [f('speaker'), f('role'), f('district_code', 'district'), f('date', 'date')],
  goals: [f('subject_code', 'subject'), f('goal_zh')],
  loans: [f('value', 'value'), f('unit'), f('qualifier'), f('period', 'period'), f('indicator')],
  loanCoverage: [f('since', 'period'), f('status')],
  sisterCities: [f('city_zh'), f('country_zh'), f('relation'), f('date', 'date')],
  sisterCityTotals: [f('sister_cities', 'value'), f('friendly_exchange_cities', 'value')],
  sessions: [f('name_zh'), f('kind'), f('date_start', 'date'), f('date_end', 'date')],
};

/** Columns shown for a row beside the article (the published form), per table. */
export const SHOWN_FIELDS: Partial<Record<DatasetName, string[]>> = {
  figures: [
    'value',
    'unit',
    'qualifier',
    'kind',
    'period',
    'subject_zh',
    'indicator_zh',
    'indicator_en',
  ],
  pledges: ['speaker', 'role', 'district_code', 'date', 'speaker_en', 'role_en'],
  goals: ['horizon', 'subject_zh', 'goal_zh', 'goal_en'],
  loans: ['program', 'indicator', 'value', 'unit', 'qualifier', 'period'],
  loanCoverage: ['program', 'district_code', 'since', 'status'],
  sisterCities: ['city_zh', 'city_en', 'country_zh', 'relation', 'date'],
  sisterCityTotals: ['as_of', 'sister_cities', 'friendly_exchange_cities'],
  sessions: ['name_zh', 'name_en', 'kind', 'date_start', 'date_end'],
};

const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The value a fix writes for what was typed (`1200亿` → `120000000000`), or an error message.
 * An empty period or qualifier is a value (no horizon, exact); an empty value or unit is not.
 */
export function checkFix(
  spec: FieldSpec,
  typed: string,
): { value: string } | { error: 'number' | 'kind' | 'period' | 'date' | 'empty' } {
  const text = typed.trim();
  switch (spec.type) {
    case 'value': {
      const value = parseValueInput(text);
      return value === null ? { error: 'number' } : { value };
    }
    case 'kind':
      return text === 'target' || text === 'actual' ? { value: text } : { error: 'kind' };
    case 'period':
      return text === '' || PERIOD.test(text) ? { value: text } : { error: 'period' };
    case 'date':
      return text === '' || DATE.test(text) ? { value: text } : { error: 'date' };
    default:
      if (spec.field === 'qualifier') return { value: text };
      return text ? { value: text } : { error: 'empty' };
  }
}
