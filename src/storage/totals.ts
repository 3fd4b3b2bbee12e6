import type { IDBPObjectStore, StoreNames } from 'idb';
import type { FootprintDb } from './db';
import type { DayRollup, FootprintSchema, SiteTotal } from './schema';

/** `n` more events of one kind on one site (video: `seconds` more seconds of footage). */
export interface TotalBump {
  site: string;
  kind: SiteTotal['kind'];
  n: number;
  seconds?: number;
}

/** A day rollup or total with `n` more events and `seconds` more footage (kept only for video). */
export function bumped<T extends { count: number; seconds?: number }>(
  row: T,
  before: { count: number; seconds?: number } | undefined,
  n: number,
  seconds: number | undefined,
): T {
  const next = { ...row, count: (before?.count ?? 0) + n };
  return seconds === undefined ? next : { ...next, seconds: (before?.seconds ?? 0) + seconds };
}

/** Bumps added up per site and kind, as total rows. */
function sumBySiteAndKind(bumps: readonly TotalBump[]): SiteTotal[] {
  const sums = new Map<string, SiteTotal>();
  for (const { site, kind, n, seconds } of bumps) {
    const key = `${site}\u0000${kind}`;
    const sum = sums.get(key) ?? { site, kind, count: 0 };
    sum.count += n;
    if (seconds !== undefined) sum.seconds = (sum.seconds ?? 0) + seconds;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/**
 * Adds new events to the all-time totals. Call it inside the write transaction that stores the
 * events and bumps their day rollups, so the totals always equal the sum of the rollups.
 */
export async function addToTotals<Tx extends ArrayLike<StoreNames<FootprintSchema>>>(
  store: IDBPObjectStore<FootprintSchema, Tx, 'totals', 'readwrite'>,
  bumps: readonly TotalBump[],
): Promise<void> {
  const sums = sumBySiteAndKind(bumps);
  const stored = await Promise.all(sums.map((t) => store.get([t.site, t.kind])));
  await Promise.all(
    sums.map((t, i) =>
      store.put(bumped({ site: t.site, kind: t.kind, count: 0 }, stored[i], t.count, t.seconds)),
    ),
  );
}

/**
 * The day rollups of local days `from`..`to` (`YYYY-MM-DD`, inclusive) and every all-time total, in
 * one read transaction: the popup's whole read, however long the history.
 */
export async function daysAndTotals(
  db: FootprintDb,
  from: string,
  to: string,
): Promise<{ days: DayRollup[]; totals: SiteTotal[] }> {
  const tx = db.transaction(['days', 'totals']);
  const [days, totals] = await Promise.all([
    tx.objectStore('days').index('by-day').getAll(IDBKeyRange.bound(from, to)),
    tx.objectStore('totals').getAll(),
    tx.done,
  ]);
  return { days, totals };
}
