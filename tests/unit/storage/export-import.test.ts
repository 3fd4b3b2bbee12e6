import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import { UNKNOWN_LABEL } from '../../../src/domain/model-mode';
import { DEFAULT_FOOTPRINT_SETTINGS } from '../../../src/footprint';
import { clipMaker, eventMaker, novemberAt } from '../helpers/events';
import { openFootprintDb, type FootprintDb } from '../../../src/storage/db';
import { recordEvent, rollupsBetween } from '../../../src/storage/events';
import { allEvents, csvField, exportCsv, exportJson, parseCsv } from '../../../src/storage/export';
import { checkImport, mergeEvents, resetData } from '../../../src/storage/import';
import { createWaitingRoom } from '../../../src/background/waiting-room';
import { createReset } from '../../../src/background/reset';
import { fixedEventIds } from '../helpers/ids';

const NOW = new Date(2026, 10, 23, 12).getTime();
const at = novemberAt;
const event = eventMaker({ at: at(20) });

let db: FootprintDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openFootprintDb();
});

async function seed() {
  await recordEvent(db, event('a'));
  await recordEvent(db, event('a', { source: 'net' }));
  await recordEvent(db, event('b', { kind: 'image', trigger: 'image', at: at(21, 9) }));
  await recordEvent(db, event('c', { site: 'gemini', at: at(21, 10) }));
}

async function snapshot() {
  return {
    events: await db.getAll('events'),
    days: await db.getAll('days'),
    totals: await db.getAll('totals'),
  };
}

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const PAGE = { id: EXT, url: `${ORIGIN}footprint.html#2026-W47` };

function deps(): IntakeDeps {
  return {
    getDb: async () => db,
    now: () => NOW,
    onStored: vi.fn(async () => {}),
    waitingRoom: createWaitingRoom(),
    isSiteEnabled: async () => true,
    recordComposerCheck: async () => {},
    extensionOrigin: ORIGIN,
    eventIds: fixedEventIds(),
    reset: createReset(() => NOW),
  };
}

describe('JSON export and import', () => {
  it('round-trips every event (sources included) into an empty database', async () => {
    await seed();
    const before = await snapshot();
    const json = exportJson(await allEvents(db), DEFAULT_FOOTPRINT_SETTINGS, NOW, {
      exactTimes: true,
    });
    const check = checkImport(json, NOW);
    expect(check.ok).toBe(true);
    globalThis.indexedDB = new IDBFactory();
    db = await openFootprintDb();
    const result = await mergeEvents(db, check.ok ? check.file.events : []);
    expect(result).toEqual({ added: 3, merged: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('rounds times down to the minute by default and says so; exact times on request', async () => {
    await recordEvent(db, event('f', { at: at(21, 9) + 14 * 60_000 + 59_999 }));
    const rounded = JSON.parse(exportJson(await allEvents(db), {}, NOW));
    expect(rounded.times).toBe('minute');
    expect(rounded.version).toBe(2);
    expect(rounded.events[0].at).toBe(at(21, 9) + 14 * 60_000);
    const exact = JSON.parse(exportJson(await allEvents(db), {}, NOW, { exactTimes: true }));
    expect(exact.times).toBe('exact');
    expect(exact.events[0].at).toBe(at(21, 9) + 14 * 60_000 + 59_999);
    // Either file re-imports under the same id, and an id already stored keeps its exact time.
    const ack = await handleRuntimeMessage(
      { type: 'import-data', text: JSON.stringify(rounded) },
      PAGE,
      EXT,
      deps(),
    );
    expect(ack, JSON.stringify(ack)).toEqual({ ok: true, stored: false, added: 0, merged: 0 });
    expect((await db.get('events', event('f').id))?.at).toBe(at(21, 9) + 14 * 60_000 + 59_999);
  });

  it('keeps the ids of an imported file as they are (another install, another secret)', async () => {
    const file = JSON.parse(exportJson([], {}, NOW));
    file.events = [{ ...event('d'), day: '2026-11-20', sources: ['dom'] }].map(
      ({ source: _s, ...e }) => e,
    );
    await handleRuntimeMessage(
      { type: 'import-data', text: JSON.stringify(file) },
      PAGE,
      EXT,
      deps(),
    );
    expect((await db.getAll('events')).map((e) => e.id)).toEqual([event('d').id]);
  });

  it('still imports a version 1 file (exact times, no "times")', () => {
    expect(checkImport(JSON.stringify(good()), NOW)).toMatchObject({ ok: true });
  });

  it('is idempotent: the same file twice changes nothing', async () => {
    await seed();
    const json = exportJson(await allEvents(db), DEFAULT_FOOTPRINT_SETTINGS, NOW);
    const before = await snapshot();
    const ack = await handleRuntimeMessage({ type: 'import-data', text: json }, PAGE, EXT, deps());
    expect(ack).toEqual({ ok: true, stored: false, added: 0, merged: 0 });
    await handleRuntimeMessage({ type: 'import-data', text: json }, PAGE, EXT, deps());
    expect(await snapshot()).toEqual(before);
  });

  it('merges by id: new events bump the rollup, known ones only gain sources', async () => {
    await recordEvent(db, event('a'));
    const file = JSON.parse(exportJson([], {}, NOW));
    file.events = [
      { ...event('a'), source: undefined, day: '2026-11-20', sources: ['net'] },
      { ...event('d'), source: undefined, day: '2026-11-20', sources: ['dom'] },
    ].map(({ source: _s, ...e }) => ({ ...e, ...UNKNOWN_LABEL }));
    const ack = await handleRuntimeMessage(
      { type: 'import-data', text: JSON.stringify(file) },
      PAGE,
      EXT,
      deps(),
    );
    expect(ack).toEqual({ ok: true, stored: true, added: 1, merged: 1 });
    expect((await db.get('events', event('a').id))?.sources).toEqual(['dom', 'net']);
    expect(await db.getAll('days')).toEqual([
      { day: '2026-11-20', site: 'chatgpt', kind: 'prompt', count: 2 },
    ]);
    expect(await db.getAll('totals')).toEqual([{ site: 'chatgpt', kind: 'prompt', count: 2 }]);
  });

  it('accepts import and reset only from a page of this extension', async () => {
    await seed();
    const before = await snapshot();
    const json = exportJson([], {}, NOW);
    const content = {
      id: EXT,
      url: 'https://chatgpt.com/c/1',
      tab: { url: 'https://chatgpt.com/c/1' },
    };
    for (const sender of [
      content,
      { id: 'other', url: PAGE.url },
      { id: EXT },
      { id: EXT, url: 'chrome-extension://other/x' },
    ]) {
      expect(await handleRuntimeMessage({ type: 'reset-data' }, sender, EXT, deps())).toMatchObject(
        { ok: false },
      );
      expect(
        await handleRuntimeMessage({ type: 'import-data', text: json }, sender, EXT, deps()),
      ).toMatchObject({ ok: false });
    }
    expect(
      await handleRuntimeMessage({ type: 'reset-data', extra: 1 }, PAGE, EXT, deps()),
    ).toMatchObject({
      ok: false,
    });
    expect(await snapshot()).toEqual(before);
    expect(await handleRuntimeMessage({ type: 'reset-data' }, PAGE, EXT, deps())).toEqual({
      ok: true,
      stored: true,
    });
    expect(await snapshot()).toEqual({ events: [], days: [], totals: [] });
  });

  it('resets events, rollups and totals together', async () => {
    await seed();
    expect(await db.count('totals')).toBe(3);
    await resetData(db);
    expect(await snapshot()).toEqual({ events: [], days: [], totals: [] });
  });
});

const good = () => ({
  format: 'ai-footprint-export',
  version: 2,
  exportedAt: '2026-11-23T11:00:00.000Z',
  events: [
    {
      id: 'e'.repeat(32),
      site: 'chatgpt',
      kind: 'prompt',
      trigger: 'send',
      at: at(20),
      day: '2026-11-20',
      sources: ['dom'],
      model: 'gpt-5',
      mode: 'reasoning',
      labelFrom: 'request',
    },
  ],
});
const withEvent = (patch: Record<string, unknown>) => {
  const f = good();
  f.events.push({ ...f.events[0]!, id: 'f'.repeat(32), ...patch } as never);
  return JSON.stringify(f);
};

/** Each malformed file, with the error it must give. */
const MALFORMED: [string, string, RegExp][] = [
  ['not JSON', '{"format": "ai-footprint-export",', /^not JSON/],
  ['empty file', '', /^not JSON/],
  ['a JSON array', '[1,2,3]', /expected a JSON object/],
  ['a JSON string', '"hello"', /expected a JSON object/],
  [
    'another format',
    JSON.stringify({ ...good(), format: 'something-else' }),
    /^format: not an ai-footprint-export file/,
  ],
  [
    'wrong version',
    JSON.stringify({ ...good(), version: 3 }),
    /^version: unsupported version \(expected 1 or 2\)/,
  ],
  ['a free-text model', withEvent({ model: 'my secret model' }), /^events\[1\]\.model: /],
  ['a label in a version 1 file', JSON.stringify({ ...good(), version: 1 }), /^events\[0\]: /],
  ['no events', JSON.stringify({ ...good(), events: undefined }), /^events: /],
  [
    'a day the calendar lacks (2026-02-31)',
    withEvent({ day: '2026-02-31', at: Date.UTC(2026, 2, 3, 12) }),
    /^events\[1\]\.day: not a day of the calendar/,
  ],
  [
    'a time before 2022',
    withEvent({ day: '2021-06-01', at: Date.UTC(2021, 5, 1, 12) }),
    /^events\[1\]\.at: before 2022/,
  ],
  [
    'an over-long exportedAt',
    JSON.stringify({ ...good(), exportedAt: 'x'.repeat(201) }),
    /^exportedAt: too long \(at most 200 characters\)/,
  ],
  [
    'an over-long settings value',
    JSON.stringify({ ...good(), settings: { presetId: 'x'.repeat(5000) } }),
    /^settings\.presetId: /,
  ],
  [
    'an over-long settings name',
    JSON.stringify({ ...good(), settings: { ['k'.repeat(300)]: 1 } }),
    /^settings\./,
  ],
  ['an unknown times value', JSON.stringify({ ...good(), times: 'hour' }), /^times: /],
  ['negative time', withEvent({ at: -5 }), /^events\[1\]\.at: /],
  ['unknown site', withEvent({ site: 'evil.example' }), /^events\[1\]\.site: unknown site/],
  ['bad id', withEvent({ id: 'xyz' }), /^events\[1\]\.id: not an event id/],
  ['unknown kind', withEvent({ kind: 'audio' }), /^events\[1\]\.kind: /],
  [
    'video with image trigger',
    withEvent({ kind: 'video', trigger: 'image' }),
    /^events\[1\]\.trigger: an image/,
  ],
  [
    'duration on a prompt',
    withEvent({ durationSec: 5 }),
    /^events\[1\]\.durationSec: only a video/,
  ],
  [
    'clip longer than any site makes',
    withEvent({ kind: 'video', trigger: 'video', durationSec: 600 }),
    /^events\[1\]\.durationSec: /,
  ],
  [
    'image with send trigger',
    withEvent({ kind: 'image', trigger: 'send' }),
    /^events\[1\]\.trigger: an image/,
  ],
  [
    'date in the future',
    withEvent({ at: NOW + 86_400_000, day: '2026-11-24' }),
    /^events\[1\]\.at: in the future/,
  ],
  [
    'day not matching time',
    withEvent({ day: '2026-01-01' }),
    /^events\[1\]\.day: day does not match/,
  ],
  ['invalid day', withEvent({ day: '2026-13-45' }), /^events\[1\]\.day: not a day/],
  ['no sources', withEvent({ sources: [] }), /^events\[1\]\.sources: /],
  ['unknown field', withEvent({ text: 'my secret prompt' }), /^events\[1\]: /],
  ['duplicate id', withEvent({ id: 'e'.repeat(32) }), /^events\[1\]\.id: e{32} appears twice/],
  ['fractional time', withEvent({ at: at(20) + 0.5 }), /^events\[1\]\.at: /],
  ['50 MB of junk', 'x'.repeat(50 * 1024 * 1024), /^file is too large \(50 MB; at most 40 MB\)/],
];

describe('a bad import file is rejected with what and where, and nothing changes', () => {
  it.each(MALFORMED)('%s', async (_name, text, error) => {
    await seed();
    const before = await snapshot();
    const check = checkImport(text, NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(error);
    const ack = await handleRuntimeMessage({ type: 'import-data', text }, PAGE, EXT, deps());
    expect(ack).toMatchObject({ ok: false, retry: false });
    if (!ack.ok) expect(ack.error).toMatch(error);
    expect(await snapshot()).toEqual(before);
  });

  it('has at least 15 cases', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(15));
  it('the good base file imports', () =>
    expect(checkImport(JSON.stringify(good()), NOW).ok).toBe(true));
});

describe('CSV export', () => {
  it('has a header and one row per day × site × kind with counts and footprint', async () => {
    await seed();
    const csv = exportCsv(await rollupsBetween(db), DEFAULT_FOOTPRINT_SETTINGS);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['day', 'site', 'kind', 'count', 'wh', 'gco2', 'ml', 'seconds'],
      ['2026-11-20', 'chatgpt', 'prompt', '1', '4', '1', '16', ''],
      ['2026-11-21', 'chatgpt', 'image', '1', '8.5', '2.1', '34', ''],
      ['2026-11-21', 'gemini', 'prompt', '1', '4', '1', '16', ''],
    ]);
  });

  it('quotes fields per RFC 4180 and parses them back', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const line = ['a,b', 'say "hi"', 'two\r\nlines', ''].map(csvField).join(',');
    expect(parseCsv(`${line}\r\n`)).toEqual([['a,b', 'say "hi"', 'two\r\nlines', '']]);
  });
});

describe('video clips in the export (format version 2)', () => {
  const clip = clipMaker(event);

  it('round-trips clips with and without a duration, rollup seconds included', async () => {
    await recordEvent(db, clip('d1', 4));
    await recordEvent(db, clip('d2'));
    const before = await snapshot();
    const json = exportJson(await allEvents(db), DEFAULT_FOOTPRINT_SETTINGS, NOW);
    expect(JSON.parse(json).version).toBe(2);
    const check = checkImport(json, NOW);
    expect(check.ok).toBe(true);
    globalThis.indexedDB = new IDBFactory();
    db = await openFootprintDb();
    await mergeEvents(db, check.ok ? check.file.events : []);
    expect(await snapshot()).toEqual(before);
    expect(await db.getAll('days')).toEqual([
      { day: '2026-11-20', site: 'midjourney', kind: 'video', count: 2, seconds: 9 },
    ]);
  });

  it('still imports a version 1 file (prompts and images only)', async () => {
    const file = good();
    const events = file.events.map(({ model: _m, mode: _d, labelFrom: _l, ...event }) => event);
    const check = checkImport(JSON.stringify({ ...file, version: 1, events }), NOW);
    expect(check.ok && check.file.version).toBe(1);
    expect(await mergeEvents(db, check.ok ? check.file.events : [])).toEqual({
      added: 1,
      merged: 0,
    });
  });

  it('writes a video row from its seconds of footage in the CSV', async () => {
    await recordEvent(db, clip('d1', 5));
    await recordEvent(db, clip('d2', 5));
    const csv = exportCsv(await rollupsBetween(db), DEFAULT_FOOTPRINT_SETTINGS);
    // 10 s × 15 Wh/s = 150 Wh; at the Netherlands' grid and water figures.
    const [, row] = parseCsv(csv);
    expect(row?.slice(0, 5)).toEqual(['2026-11-20', 'midjourney', 'video', '2', '150']);
    expect(row?.[7]).toBe('10');
  });
});
