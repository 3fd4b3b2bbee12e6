import type { UsageEvent } from '../messaging/protocol';
import type { FootprintDb } from './db';
import { localDay } from './day';
import type { DayRollup } from './schema';

/**
 * Stores an event once. A new id adds the event and bumps its day's rollup in the same transaction; a
 * known id only notes the extra signal that saw it. Returns whether the event was new.
 */
export async function recordEvent(db: FootprintDb, event: UsageEvent): Promise<boolean> {
  const tx = db.transaction(['events', 'days'], 'readwrite');
  const events = tx.objectStore('events');
  const existing = await events.get(event.id);
  if (existing) {
    if (!existing.sources.includes(event.source)) {
      await events.put({ ...existing, sources: [...existing.sources, event.source] });
    }
    await tx.done;
    return false;
  }
  const { source, ...rest } = event;
  const day = localDay(event.at);
  await events.put({ ...rest, day, sources: [source] });
  const days = tx.objectStore('days');
  const rollup = await days.get([day, event.site, event.kind]);
  await days.put({ day, site: event.site, kind: event.kind, count: (rollup?.count ?? 0) + 1 });
  await tx.done;
  return true;
}

/** Rollup rows for local days `from`..`to` inclusive (`YYYY-MM-DD`); omit both for all time. */
export async function rollupsBetween(
  db: FootprintDb,
  from?: string,
  to?: string,
): Promise<DayRollup[]> {
  const range = from && to ? IDBKeyRange.bound(from, to) : undefined;
  return db.getAllFromIndex('days', 'by-day', range);
}

/** Prompts and images in a set of rollups, overall and per site (sites sorted by total, most first). */
export interface UsageSummary {
  prompts: number;
  images: number;
  bySite: { site: string; prompts: number; images: number }[];
}

export function summarize(rows: readonly DayRollup[]): UsageSummary {
  const bySite = new Map<string, { site: string; prompts: number; images: number }>();
  for (const row of rows) {
    const entry = bySite.get(row.site) ?? { site: row.site, prompts: 0, images: 0 };
    if (row.kind === 'prompt') entry.prompts += row.count;
    else entry.images += row.count;
    bySite.set(row.site, entry);
  }
  const sites = [...bySite.values()].sort((a, b) => b.prompts + b.images - (a.prompts + a.images));
  return {
    prompts: sites.reduce((sum, s) => sum + s.prompts, 0),
    images: sites.reduce((sum, s) => sum + s.images, 0),
    bySite: sites,
  };
}
