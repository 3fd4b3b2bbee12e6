import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FOOTPRINT_SETTINGS } from '../../../src/footprint';
import { openFootprintDb, type FootprintDb } from '../../../src/storage/db';
import { recordEvent } from '../../../src/storage/events';
import { allEvents, exportJson } from '../../../src/storage/export';
import { checkImport, mergeEvents } from '../../../src/storage/import';
import { modeCounts } from '../../../src/storage/modes';
import { eventMaker, novemberAt } from '../helpers/events';

const NOW = novemberAt(23, 18);
const event = eventMaker({ at: novemberAt(23, 9) });
const DAY = '2026-11-23';

let db: FootprintDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openFootprintDb();
});

const modes = async () =>
  Object.fromEntries(
    (await modeCounts(db, DAY, DAY)).days.map((d) => [`${d.site}:${d.mode}`, d.count]),
  );

describe('model and mode in storage', () => {
  it('an event without a label is stored as unknown, counted under mode unknown', async () => {
    await recordEvent(db, event('a'));
    expect(await db.get('events', event('a').id)).toMatchObject({
      model: 'unknown',
      mode: 'unknown',
      labelFrom: 'none',
    });
    expect(await modes()).toEqual({ 'chatgpt:unknown': 1 });
  });

  it('the answer relabels a send once: auto then a thinking model; a re-render changes nothing', async () => {
    await recordEvent(
      db,
      event('a', { source: 'net', model: 'unknown', mode: 'unknown', labelFrom: 'request' }),
    );
    await recordEvent(db, event('a', { model: 'gpt-5', mode: 'reasoning', labelFrom: 'answer' }));
    await recordEvent(db, event('a', { model: 'gpt-4o', mode: 'standard', labelFrom: 'answer' }));
    await recordEvent(
      db,
      event('a', { source: 'net', model: 'gpt-4o', mode: 'standard', labelFrom: 'request' }),
    );
    expect(await db.count('events')).toBe(1);
    expect(await db.get('events', event('a').id)).toMatchObject({
      model: 'gpt-5',
      mode: 'reasoning',
      labelFrom: 'answer',
      sources: ['net', 'dom'],
    });
    expect(await modes()).toEqual({ 'chatgpt:unknown': 0, 'chatgpt:reasoning': 1 });
    const { totals } = await modeCounts(db, DAY, DAY);
    expect(totals.find((t) => t.mode === 'reasoning')?.count).toBe(1);
    expect((await db.getAll('totals')).map((t) => t.count)).toEqual([1]);
  });

  it('images carry no mode count', async () => {
    await recordEvent(db, event('i', { kind: 'image', trigger: 'image' }));
    expect(await modes()).toEqual({});
  });

  it('export and import round-trip the labels and the per-mode counts', async () => {
    await recordEvent(db, event('a', { model: 'gpt-5', mode: 'standard', labelFrom: 'request' }));
    await recordEvent(db, event('b', { model: 'o3', mode: 'reasoning', labelFrom: 'answer' }));
    await recordEvent(
      db,
      event('c', { site: 'gemini', model: 'unknown', mode: 'deep-research', labelFrom: 'request' }),
    );
    const before = { events: await allEvents(db), modes: await modes() };
    const json = exportJson(before.events, DEFAULT_FOOTPRINT_SETTINGS, NOW);
    expect(JSON.parse(json).version).toBe(2);
    const check = checkImport(json, NOW);
    if (!check.ok) throw new Error(check.error);
    globalThis.indexedDB = new IDBFactory();
    db = await openFootprintDb();
    expect(await mergeEvents(db, check.file.events)).toEqual({ added: 3, merged: 0 });
    expect(await allEvents(db)).toEqual(before.events);
    expect(await modes()).toEqual(before.modes);
    // Twice changes nothing.
    expect(await mergeEvents(db, check.file.events)).toEqual({ added: 0, merged: 0 });
    expect(await modes()).toEqual(before.modes);
  });

  it('a version 1 file still imports, its prompts as unknown; a later labelled import relabels them', async () => {
    const v1 = {
      format: 'ai-footprint-export',
      version: 1,
      exportedAt: '2026-11-23T11:00:00.000Z',
      events: [
        {
          id: 'a'.repeat(32),
          site: 'chatgpt',
          kind: 'prompt',
          trigger: 'send',
          at: novemberAt(23, 9),
          day: DAY,
          sources: ['dom'],
        },
      ],
    };
    const check = checkImport(JSON.stringify(v1), NOW);
    if (!check.ok) throw new Error(check.error);
    await mergeEvents(db, check.file.events);
    expect(await db.get('events', 'a'.repeat(32))).toMatchObject({
      model: 'unknown',
      mode: 'unknown',
      labelFrom: 'none',
    });
    expect(await modes()).toEqual({ 'chatgpt:unknown': 1 });
    const labelled = check.file.events.map((e) => ({
      ...e,
      model: 'o3' as const,
      mode: 'reasoning' as const,
      labelFrom: 'request' as const,
    }));
    expect(await mergeEvents(db, labelled)).toEqual({ added: 0, merged: 1 });
    expect(await modes()).toEqual({ 'chatgpt:unknown': 0, 'chatgpt:reasoning': 1 });
  });
});
