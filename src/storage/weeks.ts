import {
  addDays,
  addWeeks,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  isValid,
  parse,
  setISOWeek,
  startOfDay,
  startOfISOWeek,
  startOfWeek,
  type Day,
} from 'date-fns';
import { localDay } from './day';

/**
 * Weeks for the weekly page. A week runs from the locale's first day of the week. Only a week that
 * starts on Monday is an ISO 8601 week, so only that one is named by its ISO week ("2026-W47", week
 * 47); a week from Sunday (en-US) or Saturday is named by its first day ("2026-11-15") and has no
 * week number: ISO week 47 runs Monday 16 – Sunday 22 November 2026, not Sunday 15 – Saturday 21.
 */
export interface Week {
  /** "2026-W47" for an ISO week, else the first day: "2026-11-15". Used as the page's URL hash. */
  id: string;
  /** The ISO week number, or null when the week does not start on Monday. */
  isoWeek: number | null;
  /** Local midnight that starts the week, in ms. */
  start: number;
  /** Local midnight that starts the next week, in ms (a week may last 167 or 169 hours around DST). */
  end: number;
  /** The seven local days, `YYYY-MM-DD`. */
  days: string[];
}

const ISO_WEEK_ID = /^(\d{4})-W(\d{2})$/;
const DAY_ID = /^\d{4}-\d{2}-\d{2}$/;

function build(at: Date, weekStartsOn: Day): Week {
  const start = startOfWeek(at, { weekStartsOn });
  const days = Array.from({ length: 7 }, (_, i) => localDay(addDays(start, i)));
  const isoWeek = weekStartsOn === 1 ? getISOWeek(start) : null;
  return {
    id:
      isoWeek === null ? days[0]! : `${getISOWeekYear(start)}-W${String(isoWeek).padStart(2, '0')}`,
    isoWeek,
    start: start.getTime(),
    end: startOfDay(addDays(start, 7)).getTime(),
    days,
  };
}

/** The week that holds `at`, starting on `weekStartsOn` (default Monday: an ISO week). */
export function weekOf(at: number | Date, weekStartsOn: Day = 1): Week {
  return build(new Date(at), weekStartsOn);
}

/** The week `n` weeks after (negative: before) `week`. */
export function shiftWeek(week: Week, n: number, weekStartsOn: Day = 1): Week {
  // Noon of the middle day: far from midnight, so DST shifts never move it to another day.
  return build(addWeeks(new Date(week.start + 3.5 * 86_400_000), n), weekStartsOn);
}

/**
 * Parses a week id as in `footprint.html#2026-W47`: an ISO week, or the seven days from a first day
 * ("2026-11-15"). It gives the locale's week that holds most of those days (their 4th day), so a link
 * opens the same week in the locale that made it and the nearest week in one whose weeks start on
 * another day. Null for anything that names no real week or day.
 */
export function parseWeekId(id: string, weekStartsOn: Day = 1): Week | null {
  const text = id.trim();
  if (DAY_ID.test(text)) {
    const day = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
    return isValid(day) && day.getFullYear() >= 1970 ? build(addDays(day, 3), weekStartsOn) : null;
  }
  const match = ISO_WEEK_ID.exec(text);
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
export function weekFromHash(hash: string, now: number, weekStartsOn: Day): Week {
  return parseWeekId(hash.replace(/^#/, ''), weekStartsOn) ?? weekOf(now, weekStartsOn);
}
