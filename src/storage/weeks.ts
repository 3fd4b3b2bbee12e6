import {
  addDays,
  addWeeks,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  setISOWeek,
  startOfDay,
  startOfISOWeek,
  startOfWeek,
  type Day,
} from 'date-fns';
import { firstDayOfWeek, localDay } from './day';

/**
 * Weeks for the weekly page. A week is labelled by its ISO 8601 week ("2026-W47") but runs from the
 * locale's first day of the week: in a Sunday-first locale, 2026-W47 is Sunday 15 – Saturday 21
 * November 2026. The label is the ISO week that holds most of the locale week (its 4th day), so every
 * locale week has exactly one label and every label one locale week.
 */
export interface Week {
  /** "2026-W47" */
  id: string;
  isoYear: number;
  isoWeek: number;
  /** Local midnight that starts the week, in ms. */
  start: number;
  /** Local midnight that starts the next week, in ms (a week may last 167 or 169 hours around DST). */
  end: number;
  /** The seven local days, `YYYY-MM-DD`. */
  days: string[];
}

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

function build(localStart: Date, weekStartsOn: Day): Week {
  const start = startOfWeek(localStart, { weekStartsOn });
  const middle = addDays(start, 3);
  const isoYear = getISOWeekYear(middle);
  const isoWeek = getISOWeek(middle);
  const days = Array.from({ length: 7 }, (_, i) => localDay(addDays(start, i)));
  return {
    id: `${isoYear}-W${String(isoWeek).padStart(2, '0')}`,
    isoYear,
    isoWeek,
    start: start.getTime(),
    end: startOfDay(addDays(start, 7)).getTime(),
    days,
  };
}

/** The week that holds `at`, starting on `weekStartsOn` (default: the locale's, see firstDayOfWeek). */
export function weekOf(at: number | Date, weekStartsOn: Day = 1): Week {
  return build(new Date(at), weekStartsOn);
}

/** The week `n` weeks after (negative: before) `week`. */
export function shiftWeek(week: Week, n: number, weekStartsOn: Day = 1): Week {
  // Noon of the middle day: far from midnight, so DST shifts never move it to another day.
  return build(addWeeks(new Date(week.start + 3.5 * 86_400_000), n), weekStartsOn);
}

/** Parses "2026-W47" (as in `footprint.html#2026-W47`); null unless it names a real ISO week. */
export function parseWeekId(id: string, weekStartsOn: Day = 1): Week | null {
  const match = WEEK_ID.exec(id.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1970 || week < 1) return null;
  // Jan 4th is always in ISO week 1 of its year.
  const jan4 = new Date(year, 0, 4, 12);
  if (week > getISOWeeksInYear(jan4)) return null;
  const monday = startOfISOWeek(setISOWeek(jan4, week));
  return build(addDays(monday, 3), weekStartsOn);
}

/** The week to show for a location hash ("#2026-W47"), or the week of `now` when there is none. */
export function weekFromHash(hash: string, now: number, languageTag: string): Week {
  const weekStartsOn = firstDayOfWeek(languageTag);
  return parseWeekId(hash.replace(/^#/, ''), weekStartsOn) ?? weekOf(now, weekStartsOn);
}
