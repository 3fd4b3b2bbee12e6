import type { z } from 'zod';
import { CUSTOM_FACTOR_MAX_WH } from '../../footprint';
import type { Language } from '../../i18n';
import { budgetSchema } from '../../settings/settings';

/**
 * Number fields of the options page. They are text inputs with a decimal keyboard rather than
 * `type="number"`, so that what a person typed ("abc", "0,3") stays visible next to its error and a
 * Dutch decimal comma is understood.
 */
export const NUMBER_FIELDS = [
  'custom.promptWh',
  'custom.imageWh',
  'custom.videoWhPerSecond',
  'dailyBudget',
  'weeklyBudget',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** Every field that can carry an error: a settings key, or `custom.promptWh`-style for nested ones. */
export type FieldId =
  NumberField | 'presetId' | 'regionId' | 'waterLocationId' | 'badgeMetric' | 'language';

/**
 * Reads a typed number in the page's language: null when empty, NaN when it is not a number.
 * Grouping is accepted only in its exact form ("1,500" in English, "1.500" in Dutch); otherwise a
 * single "." or "," is the decimal mark, so "0.3" and "0,3" both read as 0.3 in either language.
 */
export function parseDecimal(text: string, language: Language): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const [group, decimal] = language === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d*)?$`);
  let plain = grouped.test(compact) ? compact.split(group).join('') : compact;
  if ((plain.match(/[.,]/g) ?? []).length === 1) plain = plain.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : NaN;
}

/** A stored number as the input shows it: the language's decimal mark, no grouping. */
export function formatDecimal(n: number, language: Language): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 6 }).format(
    n,
  );
}

/** What is wrong with a field, kept as data so that its text follows a language switch. */
export type FieldProblem =
  | { kind: 'number' }
  | { kind: 'min'; bound: number }
  | { kind: 'max'; bound: number }
  | { kind: 'budget-min' }
  | { kind: 'invalid' };

/** The field an issue belongs to ("custom.promptWh", "dailyBudget", …). */
export function issueField(issue: z.core.$ZodIssue): FieldId {
  return issue.path.join('.') as FieldId;
}

/**
 * A zod issue as a problem a person can act on. `bounds` are the field's limits, for values zod only
 * calls "not a number" although they are infinite (1e999).
 */
export function problemOf(
  issue: z.core.$ZodIssue,
  bounds: { min: number; max: number } | null,
): FieldProblem {
  const budget = issue.path[0] === 'dailyBudget' || issue.path[0] === 'weeklyBudget';
  if (issue.code === 'too_small') {
    return budget ? { kind: 'budget-min' } : { kind: 'min', bound: Number(issue.minimum) };
  }
  if (issue.code === 'too_big') return { kind: 'max', bound: Number(issue.maximum) };
  if (issue.code === 'invalid_type') {
    const received = (issue as { received?: unknown }).received;
    if (received === 'Infinity' && bounds) return { kind: 'max', bound: bounds.max };
    if (received === '-Infinity' && bounds) {
      return budget ? { kind: 'budget-min' } : { kind: 'min', bound: bounds.min };
    }
    if (issue.expected === 'number') return { kind: 'number' };
  }
  return { kind: 'invalid' };
}

const BUDGET_MAX = budgetSchema.unwrap().maxValue ?? Number.MAX_SAFE_INTEGER;

/** A number field's limits, for the hint and for errors zod reports without them. */
export function boundsOf(field: FieldId): { min: number; max: number } | null {
  if (field.startsWith('custom.')) {
    return { min: 0, max: CUSTOM_FACTOR_MAX_WH };
  }
  if (field === 'dailyBudget' || field === 'weeklyBudget') return { min: 0, max: BUDGET_MAX };
  return null;
}
