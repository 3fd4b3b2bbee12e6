import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { clipMaker, eventMaker, novemberAt } from '../helpers/events';
import { openFootprintDb, type FootprintDb } from '../../../src/storage/db';
import { recordEvent, rollupsBetween, summarize } from '../../../src/storage/events';
import { daysAndTotals } from '../../../src/storage/totals';

const at = novemberAt;
const event = eventMaker({ at: at(23) });

let db: FootprintDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openFootprintDb();
});

describe('event storage', () => {
  it('stores an event once and rolls it up by local day, site and kind', async () => {
    expect(await recordEvent(db, event('a'))).toBe(true);
    expect(await recordEvent(db, event('a'))).toBe(false);
    expect(await recordEvent(db, event('b', { kind: 'image', trigger: 'image' }))).toBe(true);
    expect(await recordEvent(db, event('c', { at: at(22, 23) }))).toBe(true);
    expect(await db.getAll('days')).toEqual([
      { day: '2026-11-22', site: 'chatgpt', kind: 'prompt', count: 1 },
      { day: '2026-11-23', site: 'chatgpt', kind: 'image', count: 1 },
      { day: '2026-11-23', site: 'chatgpt', kind: 'prompt', count: 1 },
    ]);
    expect(await db.getAll('totals')).toEqual([
      { site: 'chatgpt', kind: 'image', count: 1 },
      { site: 'chatgpt', kind: 'prompt', count: 2 },
    ]);
    expect(await db.count('events')).toBe(3);
  });

  it('notes a second signal for the same send without counting it again', async () => {
    await recordEvent(db, event('a', { source: 'net' }));
    await recordEvent(db, event('a', { source: 'dom' }));
    await recordEvent(db, event('a', { source: 'dom' }));
    expect((await db.get('events', 'a'.padEnd(32, '0')))?.sources).toEqual(['net', 'dom']);
    expect(summarize(await rollupsBetween(db)).prompts).toBe(1);
  });

  it('keeps concurrent writes of one id to one count', async () => {
    await Promise.all(Array.from({ length: 20 }, () => recordEvent(db, event('same'))));
    expect(summarize(await rollupsBetween(db)).prompts).toBe(1);
    expect(await db.getAll('totals')).toEqual([{ site: 'chatgpt', kind: 'prompt', count: 1 }]);
  });

  it('reads a day range and summarises per site', async () => {
    await recordEvent(db, event('a', { at: at(20) }));
    await recordEvent(db, event('b'));
    await recordEvent(db, event('c', { kind: 'image', trigger: 'image' }));
    const today = summarize(await rollupsBetween(db, '2026-11-23', '2026-11-23'));
    expect(today).toEqual({
      prompts: 1,
      images: 1,
      videos: 0,
      videoSeconds: 0,
      bySite: [{ site: 'chatgpt', prompts: 1, images: 1, videos: 0, videoSeconds: 0 }],
    });
    expect(summarize(await rollupsBetween(db)).prompts).toBe(2);
  });

  it("reads a week's rollups and every all-time total in one go", async () => {
    await recordEvent(db, event('old', { at: new Date(2025, 0, 5).getTime(), site: 'claude' }));
    await recordEvent(db, event('a', { at: at(16) }));
    await recordEvent(db, event('b', { at: at(22) }));
    await recordEvent(db, event('c', { kind: 'image', trigger: 'image' }));
    await recordEvent(db, event('late', { at: at(24) }));
    const { days, totals } = await daysAndTotals(db, '2026-11-22', '2026-11-23');
    expect(days.map((r) => `${r.day} ${r.kind}`)).toEqual([
      '2026-11-22 prompt',
      '2026-11-23 image',
    ]);
    expect(summarize(totals)).toEqual({
      prompts: 4,
      images: 1,
      videos: 0,
      videoSeconds: 0,
      bySite: [
        { site: 'chatgpt', prompts: 3, images: 1, videos: 0, videoSeconds: 0 },
        { site: 'claude', prompts: 1, images: 0, videos: 0, videoSeconds: 0 },
      ],
    });
  });

  it('rolls up video clips with their seconds, a clip of unknown length at the default 5 s', async () => {
    const clip = clipMaker(event);
    await recordEvent(db, clip('d1', 5));
    await recordEvent(db, clip('d2', 4));
    await recordEvent(db, clip('d3'));
    await recordEvent(db, clip('d1', 5));
    expect(await db.getAll('totals')).toEqual([
      { site: 'midjourney', kind: 'video', count: 3, seconds: 14 },
    ]);
    expect(
      (await db.getAll('events')).find((e) => e.kind === 'video' && !e.durationSec),
    ).toBeDefined();
    const summary = summarize(await rollupsBetween(db));
    expect(summary).toMatchObject({ prompts: 0, images: 0, videos: 3, videoSeconds: 14 });
  });
});
