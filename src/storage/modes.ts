import type { IDBPTransaction, StoreNames } from 'idb';
import type { Mode } from '../domain/model-mode';
import type { FootprintDb } from './db';
import type { FootprintSchema, ModeDayRollup, ModeTotal } from './schema';

/** `n` prompts (negative: fewer) in one mode on one site and local day. */
export interface ModeBump {
  day: string;
  site: string;
  mode: Mode;
  n: number;
}

/**
 * Applies mode bumps to the per-mode day rollups and all-time totals. Call it inside the write
 * transaction that stores (or relabels) the events, so both always equal a count of the events.
 */
export async function bumpModes<Tx extends ArrayLike<StoreNames<FootprintSchema>>>(
  tx: IDBPTransaction<FootprintSchema, Tx, 'readwrite'>,
  bumps: readonly ModeBump[],
): Promise<void> {
  const days = tx.objectStore('modeDays');
  const totals = tx.objectStore('modeTotals');
  const daySums = new Map<string, ModeBump>();
  const totalSums = new Map<string, ModeBump>();
  for (const bump of bumps) {
    const dayKey = `${bump.day}\u0000${bump.site}\u0000${bump.mode}`;
    const totalKey = `${bump.site}\u0000${bump.mode}`;
    daySums.set(dayKey, { ...bump, n: (daySums.get(dayKey)?.n ?? 0) + bump.n });
    totalSums.set(totalKey, { ...bump, n: (totalSums.get(totalKey)?.n ?? 0) + bump.n });
  }
  const dayRows = [...daySums.values()];
  const totalRows = [...totalSums.values()];
  const [storedDays, storedTotals] = await Promise.all([
    Promise.all(dayRows.map((b) => days.get([b.day, b.site, b.mode]))),
    Promise.all(totalRows.map((b) => totals.get([b.site, b.mode]))),
  ]);
  await Promise.all([
    ...dayRows.map((b, i) =>
      days.put({
        day: b.day,
        site: b.site,
        mode: b.mode,
        count: (storedDays[i]?.count ?? 0) + b.n,
      }),
    ),
    ...totalRows.map((b, i) =>
      totals.put({ site: b.site, mode: b.mode, count: (storedTotals[i]?.count ?? 0) + b.n }),
    ),
  ]);
}

/**
 * Prompts per site and mode on local days `from`..`to` (inclusive) and for all time, in one read
 * transaction: a few dozen rows however long the history.
 */
export async function modeCounts(
  db: FootprintDb,
  from: string,
  to: string,
): Promise<{ days: ModeDayRollup[]; totals: ModeTotal[] }> {
  const tx = db.transaction(['modeDays', 'modeTotals']);
  const [days, totals] = await Promise.all([
    tx.objectStore('modeDays').index('by-day').getAll(IDBKeyRange.bound(from, to)),
    tx.objectStore('modeTotals').getAll(),
    tx.done,
  ]);
  return { days, totals };
}
