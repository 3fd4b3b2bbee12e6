import { buildShare, type ShareFile } from '../../storage/class-share-file';
import { installPseudonym } from '../../storage/class-pseudonym';
import { openFootprintDb } from '../../storage/db';
import { rollupsBetween } from '../../storage/events';
import { parseWeekId } from '../../storage/weeks';

/**
 * The share of ISO week `weekId` (Monday to Sunday, whatever the locale's first day, so every
 * member's days line up): this install's day rollups of that week under its pseudonym.
 */
export async function loadShare(weekId: string): Promise<ShareFile> {
  const week = parseWeekId(weekId, 1);
  if (!week) throw new Error(`not an ISO week: ${weekId}`);
  const db = await openFootprintDb();
  try {
    const [rows, pseudonym] = await Promise.all([
      rollupsBetween(db, week.days[0], week.days[6]),
      installPseudonym(),
    ]);
    return buildShare(week.id, pseudonym, rows);
  } finally {
    db.close();
  }
}
