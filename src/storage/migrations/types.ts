import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/** One numbered schema step. It runs inside the upgrade transaction and must not lose data. */
export interface Migration {
  version: number;
  name: string;
  up(
    db: IDBPDatabase<unknown>,
    tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
  ): void | Promise<void>;
}
