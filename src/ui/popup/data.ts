import { browserLanguageTag, type Language } from '../../i18n';
import { loadSettings, type UserSettings } from '../../settings/settings';
import { openFootprintDb } from '../../storage/db';
import { localDay, weekDays } from '../../storage/day';
import { modeCounts } from '../../storage/modes';
import type { DayRollup, ModeDayRollup, ModeTotal, SiteTotal } from '../../storage/schema';
import { daysAndTotals } from '../../storage/totals';

/** What the popup shows: this week's day rollups up to today, the all-time totals and the settings. */
export interface PopupData {
  /** Rollups from the first day of `now`'s week (in either language, see firstDayNeeded) to `now`'s day. */
  days: DayRollup[];
  totals: SiteTotal[];
  /** The same days' and all time's prompts per mode. */
  modeDays: ModeDayRollup[];
  modeTotals: ModeTotal[];
  settings: UserSettings;
}

/**
 * Reads straight from the extension's IndexedDB (the popup and background share its origin): one
 * transaction of at most a week of rollups plus a row per site and kind, so the time does not grow
 * with the history. Settings are read meanwhile.
 */
export async function loadPopupData(now: number): Promise<PopupData> {
  const [counts, settings] = await Promise.all([readCounts(now), loadSettings()]);
  return { ...counts, settings };
}

async function readCounts(
  now: number,
): Promise<Pick<PopupData, 'days' | 'totals' | 'modeDays' | 'modeTotals'>> {
  const db = await openFootprintDb();
  try {
    const [from, to] = [firstDayNeeded(now), localDay(now)];
    const [counts, modes] = await Promise.all([
      daysAndTotals(db, from, to),
      modeCounts(db, from, to),
    ]);
    return { ...counts, modeDays: modes.days, modeTotals: modes.totals };
  } finally {
    db.close();
  }
}

/**
 * The earliest day "this week" can start on: the settings that choose the language (and with it the
 * first day of the week) are read at the same time, so read from whichever start is earlier.
 */
function firstDayNeeded(now: number): string {
  const languages: Language[] = ['en', 'nl'];
  const starts = languages.map((language) => weekDays(now, language, browserLanguageTag()).from);
  return starts.sort()[0]!;
}
