import { addDays, endOfWeek, format, startOfDay, startOfWeek, type Day } from 'date-fns';

/** The local calendar day of a moment, as `YYYY-MM-DD` (rollups and the badge use local days). */
export function localDay(at: number | Date): string {
  return format(at, 'yyyy-MM-dd');
}

/** The next local midnight after `now`, in ms; correct across DST changes. */
export function nextLocalMidnight(now: number | Date): number {
  return addDays(startOfDay(now), 1).getTime();
}

/**
 * The first day of the week in a locale (0 = Sunday … 6 = Saturday), from `Intl.Locale` week info
 * where the browser has it; Monday (ISO 8601) otherwise.
 */
export function firstDayOfWeek(languageTag: string): Day {
  try {
    const locale = new Intl.Locale(languageTag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    if (firstDay) return (firstDay % 7) as Day;
  } catch {
    // An unknown tag: fall through to ISO.
  }
  return 1;
}

/**
 * The first day of the week on a page in `language` (the extension's 'en' or 'nl'): Monday for
 * Dutch (as in the Netherlands and Belgium, whatever the browser's region), otherwise the first day
 * of `localeTag`'s region. The badge, the popup and the weekly page all use this one rule.
 */
export function weekStartFor(language: 'en' | 'nl', localeTag: string): Day {
  return language === 'nl' ? 1 : firstDayOfWeek(localeTag);
}

/**
 * The local days (`YYYY-MM-DD`) that start and end the week holding `at`, for a page in `language`
 * in a browser set to `localeTag` (see `weekStartFor`).
 */
export function weekDays(
  at: number | Date,
  language: 'en' | 'nl',
  localeTag: string,
): { from: string; to: string } {
  const weekStartsOn = weekStartFor(language, localeTag);
  return {
    from: localDay(startOfWeek(at, { weekStartsOn })),
    to: localDay(endOfWeek(at, { weekStartsOn })),
  };
}
