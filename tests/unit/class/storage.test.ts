import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHARE_FORMAT, type ShareFile } from '../../../src/storage/class-share-file';
import {
  classWeeks,
  cleanClassName,
  removeAllShares,
  removeClass,
  sharesOf,
  storeShares,
} from '../../../src/storage/class-shares';
import { openFootprintDb } from '../../../src/storage/db';
import { rollupsBetween } from '../../../src/storage/events';
import { classShares } from '../../../src/storage/migrations/003-class-shares';
import { dumpStores, restoreFixture, type DbFixture } from '../helpers/db-fixture';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const file = (pseudonym: string, count: number, week = '2026-W49'): ShareFile => ({
  format: SHARE_FORMAT,
  version: 1,
  week,
  pseudonym,
  counts: [
    {
      day: week === '2026-W49' ? '2026-12-01' : '2026-12-08',
      site: 'chatgpt',
      kind: 'prompt',
      count,
    },
  ],
});

describe('class shares in IndexedDB', () => {
  it('adds, replaces a pseudonym already present for the week, and leaves an identical share', async () => {
    const db = await openFootprintDb('shares');
    expect(await storeShares(db, '3B', [file(A, 2), file(B, 5)])).toEqual(['added', 'added']);
    expect(await storeShares(db, '3B', [file(A, 2)])).toEqual(['unchanged']);
    expect(await storeShares(db, '3B', [file(A, 7)])).toEqual(['replaced']);
    const shares = await sharesOf(db, '3B', '2026-W49');
    expect(shares.map((s) => [s.pseudonym, s.counts[0]!.count])).toEqual([
      [A, 7],
      [B, 5],
    ]);
    // The same file twice in one batch: the second replaces the first, one member.
    expect(await storeShares(db, '4A', [file(A, 1), file(A, 2)])).toEqual(['added', 'replaced']);
    expect(await sharesOf(db, '4A', '2026-W49')).toHaveLength(1);
    db.close();
  });

  it('keeps classes and weeks apart, newest week first', async () => {
    const db = await openFootprintDb('apart');
    await storeShares(db, '3B', [file(A, 1), file(A, 2, '2026-W50')]);
    await storeShares(db, '3 B', [file(B, 1)]);
    await storeShares(db, '4A', [file(B, 3)]);
    expect(await classWeeks(db)).toEqual([
      { classId: '3 B', weeks: ['2026-W49'] },
      { classId: '3B', weeks: ['2026-W50', '2026-W49'] },
      { classId: '4A', weeks: ['2026-W49'] },
    ]);
    expect(await sharesOf(db, '3B', '2026-W49')).toHaveLength(1);
    expect((await sharesOf(db, '3B', '2026-W50'))[0]!.counts[0]!.count).toBe(2);
    await removeClass(db, '3B');
    expect((await classWeeks(db)).map((c) => c.classId)).toEqual(['3 B', '4A']);
    db.close();
  });

  it('removing all shares keeps the teacher’s own counts', async () => {
    const db = await openFootprintDb('own');
    await db.put('days', { day: '2026-12-01', site: 'chatgpt', kind: 'prompt', count: 4 });
    await storeShares(db, '3B', [file(A, 1)]);
    await removeAllShares(db);
    expect(await db.count('classShares')).toBe(0);
    expect(await rollupsBetween(db)).toHaveLength(1);
    db.close();
  });

  it('class names are trimmed, single-spaced and 1–60 characters', () => {
    expect(cleanClassName('  3B  ')).toBe('3B');
    expect(cleanClassName('Havo  4\tbiologie')).toBe('Havo 4 biologie');
    expect(cleanClassName('   ')).toBeNull();
    expect(cleanClassName('x'.repeat(61))).toBeNull();
  });
});

describe('migration 003', () => {
  it('adds the classShares store keyed by [classId, week, pseudonym] to a version 2 database, keeping everything', async () => {
    expect(classShares.version).toBe(3);
    const v2 = JSON.parse(readFileSync('tests/fixtures/db/v2.json', 'utf8')) as DbFixture;
    await restoreFixture(v2, 'v2');
    const db = await openFootprintDb('v2', 3);
    expect(db.transaction('classShares').store.keyPath).toEqual(['classId', 'week', 'pseudonym']);
    expect(await db.count('classShares')).toBe(0);
    db.close();
    const after = await dumpStores('v2');
    for (const name of ['events', 'days', 'totals']) expect(after[name]).toEqual(v2.stores[name]);
  });

  it('the version 3 fixture’s shares are read back as stored (re-sent share replaced)', async () => {
    const v3 = JSON.parse(readFileSync('tests/fixtures/db/v3.json', 'utf8')) as DbFixture;
    await restoreFixture(v3, 'v3');
    const db = await openFootprintDb('v3');
    expect(await classWeeks(db)).toEqual([{ classId: '3B', weeks: ['2026-W44', '2026-W43'] }]);
    const w43 = await sharesOf(db, '3B', '2026-W43');
    expect(w43.map((s) => s.counts[0]!.count)).toEqual([5, 2]);
    db.close();
  });
});
