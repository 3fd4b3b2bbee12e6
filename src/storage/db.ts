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

/** One shared connection per context, reopened if the browser closes it. */
export function connectionCache(open: () => Promise<FootprintDb> = () => openFootprintDb()) {
  let pending: Promise<FootprintDb> | undefined;
  return (): Promise<FootprintDb> => {
    pending ??= open().then(
      (db) => {
        db.addEventListener('close', () => (pending = undefined));
        db.addEventListener('versionchange', () => {
          db.close();
          pending = undefined;
        });
        return db;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
