import { IDBFactory } from 'fake-indexeddb';
import { legacyEventId as eventId, imageKey, promptKey } from '../../../src/domain/event-id';
import type { UsageEvent } from '../../../src/domain/usage-event';
import { storeShares } from '../../../src/storage/class-shares';
import { openFootprintDb } from '../../../src/storage/db';
import { localDay } from '../../../src/storage/day';
import { labelOf, recordEvent } from '../../../src/storage/events';
import { mergeEvents } from '../../../src/storage/import';
import { LATEST_VERSION } from '../../../src/storage/migrations';
import { DB_NAME } from '../../../src/storage/schema';

/**
 * A checked-in database fixture: the full contents and shape of an `ai-footprint` database as one
 * schema version's migrations and write code left it (tests/fixtures/db/v<N>.json). Settings are not
 * in IndexedDB (they live in `browser.storage.local`), so a fixture has none.
 */
export interface DbFixture {
  about: string;
  database: string;
  version: number;
  /** The zone the generator ran in: stored `day` fields are local days there. */
  timeZone: string;
  stores: Record<string, StoreDump>;
}

export interface StoreDump {
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  /** Every record, in key order. */
  records: unknown[];
}

/** The zone fixtures are generated and checked in. */
export const FIXTURE_TIME_ZONE = 'Europe/Amsterdam';

/** Where the fixture of a schema version lives, relative to the repository root. */
export const fixturePath = (version: number) => `tests/fixtures/db/v${version}.json`;

/** Runs `work` with a raw connection to database `name` at whatever version it has. */
async function withRawDb<T>(name: string, work: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The shape of every store (key path, indexes) and every record in it, store by store. */
export function dumpStores(name: string): Promise<Record<string, StoreDump>> {
  return withRawDb(name, async (db) => {
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names, 'readonly');
    const stores: Record<string, StoreDump> = {};
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      if (store.keyPath === null) {
        throw new Error(`store "${storeName}" has out-of-line keys: the dump would lose them`);
      }
      stores[storeName] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return {
            name: index.name,
            keyPath: index.keyPath,
            unique: index.unique,
            multiEntry: index.multiEntry,
          };
        }),
        records: await requestResult(store.getAll()),
      };
    }
    return stores;
  });
}

/**
 * Recreates a fixture's database exactly as it was: its version, stores, indexes and records, with
 * raw IndexedDB calls only, so no current migration or write code takes part.
 */
export async function restoreFixture(fixture: DbFixture, name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, fixture.version);
    request.onupgradeneeded = () => {
      for (const [storeName, dump] of Object.entries(fixture.stores)) {
        const store = request.result.createObjectStore(storeName, {
          keyPath: dump.keyPath,
          autoIncrement: dump.autoIncrement,
        });
        for (const index of dump.indexes) {
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = Object.keys(fixture.stores);
    const tx = db.transaction(names, 'readwrite');
    for (const storeName of names) {
      for (const record of fixture.stores[storeName]!.records)
        tx.objectStore(storeName).put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Local wall-clock time in the generator's zone. */
const at = (day: number, hour: number, minute = 0, second = 0) =>
  new Date(2026, 9, day, hour, minute, second).getTime();

/**
 * Two weeks of realistic use, 19 October – 1 November 2026 (the autumn DST change is on the 25th):
 * chat prompts on several sites, regenerates, generated images, sends seen by both signals, events a
 * second either side of midnight, and an import from another device that overlaps what is stored.
 */
async function realisticUse(): Promise<{ live: UsageEvent[]; imported: UsageEvent[] }> {
  const live: UsageEvent[] = [];
  const push = async (
    site: string,
    key: string,
    kind: UsageEvent['kind'],
    trigger: UsageEvent['trigger'],
    time: number,
    sources: UsageEvent['source'][],
  ) => {
    const id = await eventId(site, kind === 'image' ? imageKey(key) : promptKey(key));
    for (const source of sources) live.push({ id, site, kind, trigger, at: time, source });
  };
  for (let day = 19; day <= 31; day++) {
    for (let n = 0; n < (day % 4) + 1; n++) {
      await push('chatgpt', `c${day}-${n}`, 'prompt', 'send', at(day, 9 + n, 15), ['dom', 'net']);
    }
    if (day % 3 === 0) {
      await push('chatgpt', `r${day}`, 'prompt', 'regenerate', at(day, 14, 2), ['net']);
    }
    for (let n = 0; n < day % 3; n++) {
      await push('claude', `k${day}-${n}`, 'prompt', 'send', at(day, 16, n * 7), ['dom']);
    }
    if (day % 2 === 0) {
      await push('gemini', `g${day}`, 'prompt', 'send', at(day, 20, 40), ['net', 'dom']);
      await push('gemini', `gi${day}`, 'image', 'image', at(day, 20, 41), ['dom']);
    }
    if (day % 5 === 0) {
      for (let n = 0; n < 4; n++) {
        await push('midjourney', `mj${day}-${n}`, 'image', 'image', at(day, 11, 30), ['dom']);
      }
    }
  }
  // Either side of midnight, and in the hour that happens twice when clocks go back.
  await push('perplexity', 'late', 'prompt', 'send', at(24, 23, 59, 59), ['dom']);
  await push('perplexity', 'early', 'prompt', 'send', at(25, 0, 0, 0), ['dom']);
  await push('deepseek', 'twice-a', 'prompt', 'send', at(25, 2, 30) - 3_600_000, ['net']);
  await push('deepseek', 'twice-b', 'prompt', 'send', at(25, 2, 30), ['net']);
  await push('firefly', 'ff', 'image', 'image', at(25, 15), ['dom']);

  // Schema 4: sends with a model and mode from the request, and one the answer relabels (auto → a
  // thinking model), reported again by a re-rendered answer that must change nothing.
  const label = async (key: string, time: number, labels: Partial<UsageEvent>[]) => {
    const id = await eventId('chatgpt', promptKey(key));
    for (const extra of labels) {
      live.push({
        id,
        site: 'chatgpt',
        kind: 'prompt',
        trigger: 'send',
        at: time,
        source: 'net',
        ...extra,
      });
    }
  };
  const request = { labelFrom: 'request' } as const;
  const answer = { labelFrom: 'answer', source: 'dom' } as const;
  await label('m-standard', at(31, 9, 50), [{ ...request, model: 'gpt-5', mode: 'standard' }]);
  await label('m-thinking', at(31, 9, 55), [{ ...request, model: 'gpt-5', mode: 'reasoning' }]);
  await label('m-auto', at(31, 10, 5), [
    { ...request, model: 'unknown', mode: 'unknown' },
    { ...answer, model: 'gpt-5', mode: 'reasoning' },
    { ...answer, model: 'gpt-4o', mode: 'standard' },
  ]);
  await label('m-research', at(31, 10, 20), [
    { ...request, model: 'unknown', mode: 'deep-research' },
  ]);

  // From another device: new events, and one already stored that adds the signal it lacked.
  const imported: UsageEvent[] = [];
  for (let n = 0; n < 4; n++) {
    const id = await eventId('mistral', promptKey(`m${n}`));
    imported.push({
      id,
      site: 'mistral',
      kind: 'prompt',
      trigger: 'send',
      at: at(30, 10, n),
      source: 'dom',
    });
  }
  const known = live.find((e) => e.site === 'claude')!;
  imported.push({ ...known, source: 'net' });
  return { live, imported };
}

/**
 * Builds the latest schema version's fixture with the real code: migrations through
 * `openFootprintDb`, live events through `recordEvent`, an import through `mergeEvents`. Run it in
 * FIXTURE_TIME_ZONE (stored days are local days).
 */
export async function generateFixture(): Promise<DbFixture> {
  if (Intl.DateTimeFormat().resolvedOptions().timeZone !== FIXTURE_TIME_ZONE) {
    throw new Error(`generate fixtures in ${FIXTURE_TIME_ZONE} (set process.env.TZ first)`);
  }
  globalThis.indexedDB = new IDBFactory();
  const { live, imported } = await realisticUse();
  const db = await openFootprintDb(DB_NAME, LATEST_VERSION);
  for (const event of live) await recordEvent(db, event);
  await mergeEvents(
    db,
    imported.map(({ source, ...e }) => ({
      ...e,
      ...labelOf(e),
      day: localDay(e.at),
      sources: [source],
    })),
  );
  // Schema 3: a teacher's class with two weeks of shares, one re-sent.
  const share = (pseudonym: string, week: string, day: string, count: number) => ({
    format: 'ai-footprint-class-share' as const,
    version: 1 as const,
    week,
    pseudonym,
    counts: [{ day, site: 'chatgpt', kind: 'prompt' as const, count }],
  });
  await storeShares(db, '3B', [
    share('a'.repeat(32), '2026-W43', '2026-10-19', 4),
    share('b'.repeat(32), '2026-W43', '2026-10-25', 2),
    share('a'.repeat(32), '2026-W44', '2026-10-26', 1),
    share('a'.repeat(32), '2026-W43', '2026-10-20', 5),
  ]);
  db.close();
  return {
    about:
      'An ai-footprint database as this schema version left it. Made by `npm run fixtures:db`; never regenerate an old version.',
    database: DB_NAME,
    version: LATEST_VERSION,
    timeZone: FIXTURE_TIME_ZONE,
    stores: await dumpStores(DB_NAME),
  };
}
