import { openDB, type IDBPDatabase } from 'idb';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { DB_NAME, type FootprintSchema } from './schema';

export type FootprintDb = IDBPDatabase<FootprintSchema>;

/**
 * Opens the database, running every migration above the stored version in order. `upToVersion` lets
 * tests build a database exactly as an earlier release left it.
 */
export function openFootprintDb(
  name = DB_NAME,
  upToVersion = LATEST_VERSION,
): Promise<FootprintDb> {
  return openDB<FootprintSchema>(name, upToVersion, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (const migration of MIGRATIONS) {
        if (migration.version > oldVersion && migration.version <= (newVersion ?? upToVersion)) {
          await migration.up(db as unknown as IDBPDatabase<unknown>, tx as never);
        }
      }
    },
  });
}

/** Waits after a failed open: doubling from 1 s to at most a minute, reset by a successful open. */
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/**
 * One shared connection per context, reopened if the browser closes it. After a failed open (IndexedDB
 * unavailable, a broken profile) callers get that failure at once until a back-off has passed, so a
 * stream of events cannot turn into a stream of open attempts.
 */
export function connectionCache(
  open: () => Promise<FootprintDb> = () => openFootprintDb(),
  now: () => number = Date.now,
) {
  let pending: Promise<FootprintDb> | undefined;
  let backoffMs = 0;
  let retryAt = 0;
  let lastFailure: unknown;
  return (): Promise<FootprintDb> => {
    if (!pending && now() < retryAt) return Promise.reject(lastFailure);
    pending ??= open().then(
      (db) => {
        backoffMs = 0;
        retryAt = 0;
        db.addEventListener('close', () => (pending = undefined));
        db.addEventListener('versionchange', () => {
          db.close();
          pending = undefined;
        });
        return db;
      },
      (error: unknown) => {
        pending = undefined;
        lastFailure = error;
        backoffMs = Math.min(backoffMs ? backoffMs * 2 : FIRST_BACKOFF_MS, MAX_BACKOFF_MS);
        retryAt = now() + backoffMs;
        throw error;
      },
    );
    return pending;
  };
}
