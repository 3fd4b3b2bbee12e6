import type { Migration } from './types';

/** An event as versions 1–3 stored it (frozen here: a migration never follows the live schema). */
interface V3Event {
  id: string;
  site: string;
  kind: string;
  day: string;
  [field: string]: unknown;
}

/**
 * Version 4: every event carries `model`, `mode` and `labelFrom` (existing ones become `unknown`,
 * read from `none`), and prompts are also counted per mode: day rollups keyed by [day, site, mode]
 * and all-time totals keyed by [site, mode], so the popup's "how many used reasoning" stays a read of
 * a few rows. Filled from the events in the upgrade transaction; class shares (version 3) are
 * another store and stay as they are.
 */
export const modelMode: Migration = {
  version: 4,
  name: 'model-mode',
  async up(db, tx) {
    const modeDays = db.createObjectStore('modeDays', { keyPath: ['day', 'site', 'mode'] });
    modeDays.createIndex('by-day', 'day');
    const modeTotals = db.createObjectStore('modeTotals', { keyPath: ['site', 'mode'] });
    const events = tx.objectStore('events');
    const stored = (await events.getAll()) as V3Event[];
    const days = new Map<string, { day: string; site: string; mode: string; count: number }>();
    const totals = new Map<string, { site: string; mode: string; count: number }>();
    const writes: Promise<unknown>[] = [];
    for (const event of stored) {
      writes.push(events.put({ ...event, model: 'unknown', mode: 'unknown', labelFrom: 'none' }));
      if (event.kind !== 'prompt') continue;
      const dayKey = `${event.day}\u0000${event.site}`;
      const day = days.get(dayKey) ?? {
        day: event.day,
        site: event.site,
        mode: 'unknown',
        count: 0,
      };
      day.count++;
      days.set(dayKey, day);
      const total = totals.get(event.site) ?? { site: event.site, mode: 'unknown', count: 0 };
      total.count++;
      totals.set(event.site, total);
    }
    writes.push(...[...days.values()].map((d) => modeDays.put(d)));
    writes.push(...[...totals.values()].map((t) => modeTotals.put(t)));
    await Promise.all(writes);
  },
};
