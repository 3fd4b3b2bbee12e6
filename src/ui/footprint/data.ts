import { browser } from 'wxt/browser';
import type { Ack } from '../../messaging/protocol';
import { loadSettings, type UserSettings } from '../../settings/settings';
import { openFootprintDb, type FootprintDb } from '../../storage/db';
import { rollupsBetween } from '../../storage/events';
import { allEvents, exportCsv, exportJson } from '../../storage/export';
import type { DayRollup } from '../../storage/schema';
import type { Week } from '../../storage/weeks';

/** What the weekly page needs for one week: its rollups, the week before's, its event times. */
export interface WeekData {
  rows: DayRollup[];
  previousRows: DayRollup[];
  eventTimes: number[];
  settings: UserSettings;
}

/**
 * Reads one week (and the one before) from IndexedDB. Rollups come from the `by-day` index and event
 * times from the `by-at` index over this week only, so a year of history costs nothing here.
 */
export async function loadWeekData(week: Week, previous: Week): Promise<WeekData> {
  const db = await openFootprintDb();
  try {
    const [rows, previousRows, eventTimes, settings] = await Promise.all([
      rollupsBetween(db, week.days[0], week.days[6]),
      rollupsBetween(db, previous.days[0], previous.days[6]),
      eventTimesBetween(db, week.start, week.end),
      loadSettings(),
    ]);
    return { rows, previousRows, eventTimes, settings };
  } finally {
    db.close();
  }
}

/** The `at` of every event in [from, to): the by-at index's keys, without loading the records. */
async function eventTimesBetween(db: FootprintDb, from: number, to: number): Promise<number[]> {
  const times: number[] = [];
  let cursor = await db
    .transaction('events')
    .store.index('by-at')
    .openKeyCursor(IDBKeyRange.bound(from, to, false, true));
  while (cursor) {
    times.push(cursor.key);
    cursor = await cursor.continue();
  }
  return times;
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
