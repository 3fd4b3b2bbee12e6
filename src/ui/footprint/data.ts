import { browser } from 'wxt/browser';
import type { Ack } from '../../messaging/protocol';
import { loadSettings, type UserSettings } from '../../settings/settings';
import { openFootprintDb } from '../../storage/db';
import { rollupsBetween } from '../../storage/events';
import { allEvents, exportCsv, exportJson } from '../../storage/export';
import { modeCounts } from '../../storage/modes';
import type { DayRollup, ModeDayRollup, StoredEvent } from '../../storage/schema';
import type { Week } from '../../storage/weeks';

/** What the weekly page needs for one week: its rollups (also per mode), the week before's, its events' times and models. */
export interface WeekData {
  rows: DayRollup[];
  previousRows: DayRollup[];
  /** This week's and the week before's prompts per site and mode. */
  modeRows: ModeDayRollup[];
  eventTimes: number[];
  /** Per site, the model families its prompts this week named, most used first (none: not known). */
  modelsBySite: Record<string, string[]>;
  settings: UserSettings;
}

/**
 * Reads one week (and the one before) from IndexedDB. Rollups come from the `by-day` index and the
 * week's events (their times and model families) from the `by-at` index over this week only, so a
 * year of history costs nothing here.
 */
export async function loadWeekData(week: Week, previous: Week): Promise<WeekData> {
  const db = await openFootprintDb();
  try {
    const [rows, previousRows, modes, events, settings] = await Promise.all([
      rollupsBetween(db, week.days[0], week.days[6]),
      rollupsBetween(db, previous.days[0], previous.days[6]),
      modeCounts(db, previous.days[0]!, week.days[6]!),
      db.getAllFromIndex('events', 'by-at', IDBKeyRange.bound(week.start, week.end, false, true)),
      loadSettings(),
    ]);
    return {
      rows,
      previousRows,
      modeRows: modes.days,
      eventTimes: events.map((e) => e.at),
      modelsBySite: modelsBySite(events),
      settings,
    };
  } finally {
    db.close();
  }
}

/** Per site, the known model families of its prompts, most used first. */
function modelsBySite(events: readonly StoredEvent[]): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.kind !== 'prompt' || e.model === 'unknown') continue;
    const site = counts.get(e.site) ?? new Map<string, number>();
    site.set(e.model, (site.get(e.model) ?? 0) + 1);
    counts.set(e.site, site);
  }
  return Object.fromEntries(
    [...counts].map(([site, models]) => [
      site,
      [...models].sort((a, b) => b[1] - a[1]).map(([model]) => model),
    ]),
  );
}

/** The whole history as JSON (times to the minute unless `exactTimes`) and as CSV (per day). */
export async function loadExports(
  { exactTimes = false }: { exactTimes?: boolean } = {},
  now = Date.now(),
): Promise<{ json: string; csv: string }> {
  const db = await openFootprintDb();
  try {
    const [events, rollups, settings] = await Promise.all([
      allEvents(db),
      rollupsBetween(db),
      loadSettings(),
    ]);
    return {
      json: exportJson(events, settings, now, { exactTimes }),
      csv: exportCsv(rollups, settings),
    };
  } finally {
    db.close();
  }
}

/** Import and reset go through the background, the only writer of IndexedDB. */
export async function sendDataMessage(
  message: { type: 'import-data'; text: string } | { type: 'reset-data' },
): Promise<Ack> {
  return (await browser.runtime.sendMessage(message)) as Ack;
}
