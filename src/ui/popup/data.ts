import { loadSettings, type UserSettings } from '../../settings/settings';
import { openFootprintDb } from '../../storage/db';
import { rollupsBetween } from '../../storage/events';
import type { DayRollup } from '../../storage/schema';

/** What the popup shows: every day rollup (small: days × sites × kinds) and the user's settings. */
export interface PopupData {
  rollups: DayRollup[];
  settings: UserSettings;
}

/** Reads straight from the extension's IndexedDB (the popup and background share its origin). */
export async function loadPopupData(): Promise<PopupData> {
  const db = await openFootprintDb();
  try {
    const [rollups, settings] = await Promise.all([rollupsBetween(db), loadSettings()]);
    return { rollups, settings };
  } finally {
    db.close();
  }
}
