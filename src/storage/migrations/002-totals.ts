import type { Migration } from './types';

/** A day rollup as version 1 stored it (frozen here: a migration never follows the live schema). */
interface V1DayRollup {
  day: string;
  site: string;
  kind: string;
  count: number;
}

/**
 * Version 2: all-time totals keyed by [site, kind], so that the popup reads a few dozen rows instead
 * of every day rollup. Filled from the day rollups in the upgrade transaction. Self-contained: it
 * sums here rather than calling the live totals code, which may change after this version shipped.
 */
export const totals: Migration = {
  version: 2,
  name: 'totals',
  async up(db, tx) {
    const store = db.createObjectStore('totals', { keyPath: ['site', 'kind'] });
    const days = (await tx.objectStore('days').getAll()) as V1DayRollup[];
    const sums = new Map<string, { site: string; kind: string; count: number }>();
    for (const { site, kind, count } of days) {
      const key = `${site}\u0000${kind}`;
      const sum = sums.get(key) ?? { site, kind, count: 0 };
      sum.count += count;
      sums.set(key, sum);
    }
    await Promise.all([...sums.values()].map((t) => store.put(t)));
  },
};
