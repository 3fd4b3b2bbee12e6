import type { DayRollup } from '../schema';
import { sumBySiteAndKind } from '../totals';
import type { Migration } from './types';

/**
 * Version 2: all-time totals keyed by [site, kind], so that the popup reads a few dozen rows instead
 * of every day rollup. Filled from the day rollups in the upgrade transaction.
 */
export const totals: Migration = {
  version: 2,
  name: 'totals',
  async up(db, tx) {
    const store = db.createObjectStore('totals', { keyPath: ['site', 'kind'] });
    const days = (await tx.objectStore('days').getAll()) as DayRollup[];
    await Promise.all(
      sumBySiteAndKind(days.map(({ site, kind, count }) => ({ site, kind, n: count }))).map((t) =>
        store.put(t),
      ),
    );
  },
};
