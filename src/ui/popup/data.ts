import { openFootprintDb } from '../../storage/db';
import { localDay } from '../../storage/day';
import { rollupsBetween, summarize, type UsageSummary } from '../../storage/events';

/** Today's usage, read straight from the extension's IndexedDB (popup and background share its origin). */
export async function loadToday(now = Date.now()): Promise<UsageSummary> {
  const db = await openFootprintDb();
  try {
    const today = localDay(now);
    return summarize(await rollupsBetween(db, today, today));
  } finally {
    db.close();
  }
}
