import { labelWins, UNKNOWN_LABEL, type Mode, type SendLabel } from '../domain/model-mode';
import type { UsageEvent } from '../domain/usage-event';
import type { FootprintDb } from './db';
import { localDay } from './day';
import type { IDBPTransaction } from 'idb';
import type { DayRollup, FootprintSchema, ModeDayRollup, StoredEvent } from './schema';
import { bumpModes } from './modes';
import { addToTotals, bumped } from './totals';
import { clipSeconds } from '../domain/video';

/** Seconds of footage an event adds to its rollup: a video clip's, none for anything else. */
export function footageSeconds(
  event: Pick<UsageEvent, 'kind' | 'durationSec'>,
): number | undefined {
  return event.kind === 'video' ? clipSeconds(event.durationSec) : undefined;
}

/** The stored form of a reported event: its local day, and its one signal so far. */
export function storedForm(event: UsageEvent): StoredEvent {
  const { source, ...rest } = event;
  return { ...rest, ...labelOf(event), day: localDay(event.at), sources: [source] };
}

/** The label an event reports; none reported is `unknown` from `none`. */
export function labelOf(event: Partial<SendLabel>): SendLabel {
  if (!event.model || !event.mode || !event.labelFrom) return UNKNOWN_LABEL;
  return { model: event.model, mode: event.mode, labelFrom: event.labelFrom };
}

const WRITE_STORES = ['events', 'days', 'totals', 'modeDays', 'modeTotals'] as const;
type WriteTransaction = IDBPTransaction<
  FootprintSchema,
  (typeof WRITE_STORES)[number][],
  'readwrite'
>;

/**
 * Runs `work` in one readwrite transaction over events, day rollups and totals that commits whole or
 * not at all: on any error (the database's, such as a full disk, or ours) it is aborted, so no event
 * is ever stored without its rollup and total.
 */
export async function writeAtomically<T>(
  db: FootprintDb,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction([...WRITE_STORES], 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // The transaction may have aborted itself already; its `done` then rejects with the same error.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
    throw error;
  }
}

/**
 * Stores an event once. A new id adds the event and bumps its day's rollup, its all-time total and
 * (a prompt) its mode's rollup and total in the same transaction. A known id only notes the extra
 * signal that saw it and takes a label from a stronger source (the request's, then the answer's; see
 * `labelWins`), moving its mode count: so a late answer relabels a send once and never adds one.
 * Returns whether the event was new.
 */
export function recordEvent(db: FootprintDb, event: UsageEvent): Promise<boolean> {
  return writeAtomically(db, async (tx) => {
    const events = tx.objectStore('events');
    const existing = await events.get(event.id);
    if (existing) {
      const sources = existing.sources.includes(event.source)
        ? existing.sources
        : [...existing.sources, event.source];
      const label = labelOf(event);
      const relabel = existing.kind === 'prompt' && labelWins(existing.labelFrom, label.labelFrom);
      if (sources !== existing.sources || relabel) {
        await events.put({ ...existing, sources, ...(relabel ? label : {}) });
      }
      if (relabel && label.mode !== existing.mode) {
        const { day, site } = existing;
        await bumpModes(tx, [
          { day, site, mode: existing.mode, n: -1 },
          { day, site, mode: label.mode, n: 1 },
        ]);
      }
      return false;
    }
    const stored = storedForm(event);
    await events.put(stored);
    const days = tx.objectStore('days');
    const rollup = await days.get([stored.day, event.site, event.kind]);
    const seconds = footageSeconds(event);
    await days.put(
      bumped({ day: stored.day, site: event.site, kind: event.kind, count: 0 }, rollup, 1, seconds),
    );
    await addToTotals(tx.objectStore('totals'), [
      { site: event.site, kind: event.kind, n: 1, seconds },
    ]);
    if (event.kind === 'prompt') {
      await bumpModes(tx, [{ day: stored.day, site: event.site, mode: stored.mode, n: 1 }]);
    }
    return true;
  });
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

/**
 * What a rollup's footprint is computed from: a video row's seconds of footage (rows from before
 * seconds were kept count their clips at the default length), any other row's count.
 */
export function footprintUnits(row: Pick<DayRollup, 'kind' | 'count' | 'seconds'>): number {
  if (row.kind !== 'video') return row.count;
  return row.seconds ?? row.count * clipSeconds(undefined);
}

/** One site's counts in a set of rollups: prompts, images, video clips and their seconds. */
export interface SiteCounts {
  site: string;
  prompts: number;
  images: number;
  videos: number;
  videoSeconds: number;
}

/** Prompts, images and videos in a set of rollups, overall and per site (sites sorted by total, most first). */
export interface UsageSummary extends Omit<SiteCounts, 'site'> {
  bySite: SiteCounts[];
}

/** Everything a site (or a summary) counted: prompts + images + video clips. */
export function countedActions(c: Pick<SiteCounts, 'prompts' | 'images' | 'videos'>): number {
  return c.prompts + c.images + c.videos;
}

export function summarize(
  rows: readonly Pick<DayRollup, 'site' | 'kind' | 'count' | 'seconds'>[],
): UsageSummary {
  const bySite = new Map<string, SiteCounts>();
  for (const row of rows) {
    const entry = bySite.get(row.site) ?? {
      site: row.site,
      prompts: 0,
      images: 0,
      videos: 0,
      videoSeconds: 0,
    };
    if (row.kind === 'prompt') entry.prompts += row.count;
    else if (row.kind === 'image') entry.images += row.count;
    else {
      entry.videos += row.count;
      entry.videoSeconds += footprintUnits(row);
    }
    bySite.set(row.site, entry);
  }
  const sites = [...bySite.values()].sort((a, b) => countedActions(b) - countedActions(a));
  const sum = (pick: (s: SiteCounts) => number) => sites.reduce((n, s) => n + pick(s), 0);
  return {
    prompts: sum((s) => s.prompts),
    images: sum((s) => s.images),
    videos: sum((s) => s.videos),
    videoSeconds: sum((s) => s.videoSeconds),
    bySite: sites,
  };
}

/** A usage summary with its prompts split by mode per site, and how many used reasoning. */
export interface ModeSummary extends UsageSummary {
  /** Prompts in reasoning or deep-research mode. */
  reasoning: number;
  bySite: (UsageSummary['bySite'][number] & { promptsByMode: Partial<Record<Mode, number>> })[];
}

/** Adds the per-mode rows of the same period to a summary. */
export function withModes(
  summary: UsageSummary,
  rows: readonly Pick<ModeDayRollup, 'site' | 'mode' | 'count'>[],
): ModeSummary {
  const bySite = summary.bySite.map((s) => ({
    ...s,
    promptsByMode: {} as Partial<Record<Mode, number>>,
  }));
  let reasoning = 0;
  for (const row of rows) {
    const site = bySite.find((s) => s.site === row.site);
    if (site) site.promptsByMode[row.mode] = (site.promptsByMode[row.mode] ?? 0) + row.count;
    if (row.mode === 'reasoning' || row.mode === 'deep-research') reasoning += row.count;
  }
  return { ...summary, bySite, reasoning };
}
