import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFootprintDb } from '../../../src/storage/db';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/storage/migrations';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('migrations', () => {
  it('are numbered in rising order, the last one being the latest version', () => {
    // 3 (class shares) comes from another branch; every other number from 1 up is here.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(LATEST_VERSION);
  });

  it('001 creates the events store keyed by id and the day rollup keyed by [day, site, kind]', async () => {
    const db = await openFootprintDb('m1', 1);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'events']);
    const tx = db.transaction(['events', 'days']);
    expect(tx.objectStore('events').keyPath).toBe('id');
    expect([...tx.objectStore('events').indexNames]).toEqual(['by-at']);
    expect(tx.objectStore('days').keyPath).toEqual(['day', 'site', 'kind']);
    expect([...tx.objectStore('days').indexNames]).toEqual(['by-day']);
    db.close();
  });

  it('002 adds all-time totals keyed by [site, kind], summed from the day rollups already stored', async () => {
    const v1 = await openFootprintDb('m2', 1);
    await v1.put('days', { day: '2026-11-22', site: 'chatgpt', kind: 'prompt', count: 7 });
    await v1.put('days', { day: '2026-11-23', site: 'chatgpt', kind: 'prompt', count: 5 });
    await v1.put('days', { day: '2026-11-23', site: 'chatgpt', kind: 'image', count: 2 });
    await v1.put('days', { day: '2025-01-01', site: 'claude', kind: 'prompt', count: 1 });
    v1.close();
    const db = await openFootprintDb('m2', 2);
    expect(db.transaction('totals').objectStore('totals').keyPath).toEqual(['site', 'kind']);
    expect(await db.getAll('totals')).toEqual([
      { site: 'chatgpt', kind: 'image', count: 2 },
      { site: 'chatgpt', kind: 'prompt', count: 12 },
      { site: 'claude', kind: 'prompt', count: 1 },
    ]);
    expect(await db.count('days')).toBe(4);
    db.close();
  });

  it('002 on an empty database adds an empty totals store', async () => {
    const db = await openFootprintDb('m2-empty', 2);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'events', 'totals']);
    expect(await db.count('totals')).toBe(0);
    db.close();
  });

  it('reopening at the latest version keeps what was stored', async () => {
    const db = await openFootprintDb('keep', 1);
    await db.put('days', { day: '2026-11-23', site: 'chatgpt', kind: 'prompt', count: 7 });
    db.close();
    const again = await openFootprintDb('keep');
    expect(await again.getAll('days')).toEqual([
      { day: '2026-11-23', site: 'chatgpt', kind: 'prompt', count: 7 },
    ]);
    again.close();
  });
});
