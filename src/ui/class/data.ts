import { checkShare, MAX_SHARE_CHARS, type ShareFile } from '../../storage/class-share-file';
import { loadSettings, type UserSettings } from '../../settings/settings';
import {
  classWeeks,
  removeAllShares,
  removeClass,
  sharesOf,
  storeShares,
  type ShareOutcome,
} from '../../storage/class-shares';
import { openFootprintDb, type FootprintDb } from '../../storage/db';
import type { StoredClassShare } from '../../storage/schema';

/** Each class and its weeks, newest first. */
export type ClassIndex = { classId: string; weeks: string[] }[];

/** What happened to one picked file: stored (and how), or its error. */
export type ImportLine =
  { file: string; outcome: ShareOutcome; week: string } | { file: string; error: string };

/** Where the class page reads and writes shares; tests may pass another. */
export interface ClassStore {
  settings(): Promise<UserSettings>;
  index(): Promise<ClassIndex>;
  shares(classId: string, week: string): Promise<StoredClassShare[]>;
  store(classId: string, files: readonly ShareFile[]): Promise<ShareOutcome[]>;
  removeClass(classId: string): Promise<void>;
  removeAll(): Promise<void>;
}

async function withDb<T>(work: (db: FootprintDb) => Promise<T>): Promise<T> {
  const db = await openFootprintDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * The extension's IndexedDB. The class page writes its own store itself: shares are not counts, the
 * background never reads them, and they come from files the teacher picked on this page.
 */
export const indexedDbClassStore: ClassStore = {
  settings: loadSettings,
  index: () => withDb(classWeeks),
  shares: (classId, week) => withDb((db) => sharesOf(db, classId, week)),
  store: (classId, files) => withDb((db) => storeShares(db, classId, files)),
  removeClass: (classId) => withDb((db) => removeClass(db, classId)),
  removeAll: () => withDb(removeAllShares),
};

/**
 * Checks every picked file whole, then stores the good ones in one transaction. A bad file gets its
 * own error line and changes nothing; the others are stored all the same.
 */
export async function importShareFiles(
  store: ClassStore,
  classId: string,
  files: readonly File[],
): Promise<ImportLine[]> {
  type Checked = { file: string; share: ShareFile } | { file: string; error: string };
  const checked = await Promise.all(
    files.map(async (file): Promise<Checked> => {
      if (file.size > MAX_SHARE_CHARS) {
        return {
          file: file.name,
          error: `file is too large (at most ${MAX_SHARE_CHARS / 1024} KB)`,
        };
      }
      const check = checkShare(await file.text());
      return check.ok
        ? { file: file.name, share: check.file }
        : { file: file.name, error: check.error };
    }),
  );
  const good = checked.flatMap((c) => ('share' in c ? [c.share] : []));
  const outcomes = good.length ? await store.store(classId, good) : [];
  let next = 0;
  return checked.map((c) =>
    'share' in c ? { file: c.file, outcome: outcomes[next++]!, week: c.share.week } : c,
  );
}
