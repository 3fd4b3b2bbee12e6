import { UNKNOWN_LABEL } from '../../../src/domain/model-mode';
import { IDBObjectStore } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import { refreshBadge, startBackground } from '../../../src/background/main';
import { createWaitingRoom, STORAGE_RETRY_ALARM } from '../../../src/background/waiting-room';
import { createReset } from '../../../src/background/reset';
import { fixedEventIds } from '../helpers/ids';
import { connectionCache, openFootprintDb, type FootprintDb } from '../../../src/storage/db';
import { recordEvent, rollupsBetween } from '../../../src/storage/events';
import { mergeEvents } from '../../../src/storage/import';
import {
  currentStorageProblem,
  droppedEventCount,
  markDroppedEventsSeen,
  problemReason,
} from '../../../src/storage/problem';
import { MAX_WAITING_EVENTS, storageProblemItem } from '../../../src/storage/items';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { settingsItem } from '../../../src/storage/items';
import { promptAt, resetFakeBackground } from '../helpers/background';

const EXT = 'our-extension-id';
const CHATGPT_TAB = {
  id: EXT,
  url: 'https://chatgpt.com/c/1',
  tab: { url: 'https://chatgpt.com/c/1' },
};
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes every write to `store` fail as a full disk does, until the returned function is called. */
function failWritesTo(store: 'events' | 'days') {
  const put = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === store) throw quotaError();
    return put.apply(this, args);
  });
  return () => spy.mockRestore();
}

const countStored = async (db: FootprintDb) => ({
  events: await db.count('events'),
  counted: (await rollupsBetween(db)).reduce((n, r) => n + r.count, 0),
});

/** A page's report of the send `key`; the background derives its id (`idOf`). */
const record = (key: string, at = Date.now() - 1000) => {
  const event = (({ id: _id, ...reported }) => reported)(promptAt(key, at));
  return { type: 'record-usage', event: { ...event, key } };
};
const idOf = (key: string) => fixedEventIds().idFor('chatgpt', key);

let db: FootprintDb;
let deps: IntakeDeps;
beforeEach(async () => {
  resetFakeBackground();
  db = await openFootprintDb();
  deps = {
    getDb: async () => db,
    now: () => Date.now(),
    onStored: vi.fn(async () => {}),
    waitingRoom: createWaitingRoom(),
    isSiteEnabled: async () => true,
    recordComposerCheck: async () => {},
    eventIds: fixedEventIds(),
    reset: createReset(() => Date.now()),
  };
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a database that refuses writes', () => {
  it('never leaves an event without its rollup (the transaction is aborted)', async () => {
    const restore = failWritesTo('days');
    await expect(recordEvent(db, promptAt('a', Date.now()))).rejects.toThrow(/quota/);
    await expect(
      mergeEvents(db, [
        { ...promptAt('b', Date.now()), ...UNKNOWN_LABEL, day: '2026-11-23', sources: ['dom'] },
      ]),
    ).rejects.toThrow(/quota/);
    restore();
    expect(await countStored(db)).toEqual({ events: 0, counted: 0 });
    expect(await recordEvent(db, promptAt('a', Date.now()))).toBe(true);
    expect(await countStored(db)).toEqual({ events: 1, counted: 1 });
  });

  it('keeps refused events waiting, says why, and stores them once space is back', async () => {
    const restore = failWritesTo('events');
    for (const id of ['a', 'b', 'a']) {
      expect(await handleRuntimeMessage(record(id), CHATGPT_TAB, EXT, deps)).toEqual({
        ok: true,
        stored: false,
      });
    }
    expect(await countStored(db)).toEqual({ events: 0, counted: 0 });
    const problem = await currentStorageProblem();
    expect(problem?.reason).toBe('quota');
    expect(problem?.waiting.map((e) => e.id)).toEqual([await idOf('a'), await idOf('b')]);
    expect(await fakeBrowser.alarms.get(STORAGE_RETRY_ALARM)).toBeDefined();
    // The badge is told each time, so it can say that uses wait.
    expect(deps.onStored).toHaveBeenCalledTimes(3);

    restore();
    expect(await handleRuntimeMessage(record('c'), CHATGPT_TAB, EXT, deps)).toEqual({
      ok: true,
      stored: true,
    });
    expect(await countStored(db)).toEqual({ events: 3, counted: 3 });
    expect(await currentStorageProblem()).toBeNull();
    expect(await fakeBrowser.alarms.get(STORAGE_RETRY_ALARM)).toBeUndefined();
  });

  it('keeps the first "since" and tells an unavailable database from a full one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 10, 0));
    deps.getDb = () => Promise.reject(new DOMException('Internal error.', 'UnknownError'));
    await handleRuntimeMessage(record('a'), CHATGPT_TAB, EXT, deps);
    const first = await currentStorageProblem();
    vi.setSystemTime(new Date(2026, 10, 23, 10, 5));
    await handleRuntimeMessage(record('b'), CHATGPT_TAB, EXT, deps);
    expect(await currentStorageProblem()).toEqual({
      reason: 'unavailable',
      since: first!.since,
      waiting: [expect.objectContaining({ id: await idOf('a') }), expect.anything()],
    });
    expect(first!.since).toBe(new Date(2026, 10, 23, 10, 0).getTime());
  });

  it('counts what a full waiting room cannot take, once per send, and shows the count', async () => {
    const waiting = Array.from({ length: MAX_WAITING_EVENTS }, (_, i) =>
      promptAt(i.toString(16), Date.now() - 5000),
    );
    await storageProblemItem.setValue({ reason: 'quota', since: Date.now(), waiting });
    failWritesTo('events');
    expect(await handleRuntimeMessage(record('x1'), CHATGPT_TAB, EXT, deps)).toEqual({
      ok: true,
      stored: false,
    });
    // The same send's second signal: one loss, not two.
    const net = { ...record('x1'), event: { ...record('x1').event, source: 'net' } };
    await handleRuntimeMessage(net, CHATGPT_TAB, EXT, deps);
    await handleRuntimeMessage(record('x2'), CHATGPT_TAB, EXT, deps);
    expect((await currentStorageProblem())?.waiting).toHaveLength(MAX_WAITING_EVENTS);
    expect(await droppedEventCount()).toBe(2);

    await refreshBadge(deps.getDb);
    const title = await fakeBrowser.action.getTitle({});
    expect(title).toContain('2 prompts or images could not be kept');
    await markDroppedEventsSeen();
    expect(await droppedEventCount()).toBe(0);
  });

  it('asks the page to retry when even session storage fails', async () => {
    failWritesTo('events');
    vi.spyOn(storageProblemItem, 'setValue').mockRejectedValue(new Error('session full'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handleRuntimeMessage(record('y'), CHATGPT_TAB, EXT, deps)).toMatchObject({
      ok: false,
      retry: true,
      error: expect.stringMatching(/could not store: .*quota/),
    });
  });

  it('names the reason from the error', () => {
    expect(problemReason(quotaError())).toBe('quota');
    expect(problemReason(new Error('QuotaExceededError: no space'))).toBe('quota');
    expect(problemReason(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(problemReason(undefined)).toBe('unavailable');
  });
});

describe('the background while the database refuses writes', () => {
  const waitingSince = (ids: string[]) =>
    storageProblemItem.setValue({
      reason: 'quota',
      since: Date.now(),
      waiting: ids.map((id) => promptAt(id, Date.now() - 1000)),
    });

  it('stores what waited from an earlier worker as soon as it starts', async () => {
    await waitingSince(['a', 'b']);
    startBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    expect(await currentStorageProblem()).toBeNull();
    expect(await countStored(db)).toEqual({ events: 2, counted: 2 });
  });

  it('shows "!" with the reason in words until the retry alarm finds space again', async () => {
    await recordEvent(db, promptAt('a', Date.now() - 2000));
    await waitingSince(['b', 'c']);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'nl' });
    const restore = failWritesTo('events');
    startBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'AI Footprint: 2 prompts of afbeeldingen nog niet opgeslagen. Open AI Footprint om te zien waarom.',
    );
    const alarm = { name: STORAGE_RETRY_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 };
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(await currentStorageProblem()).not.toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    restore();
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3'));
    expect(await currentStorageProblem()).toBeNull();
    expect(await countStored(db)).toEqual({ events: 3, counted: 3 });
  });
});

describe('connectionCache', () => {
  it('backs off after a failed open instead of retrying on every call', async () => {
    let clock = 0;
    const open = vi.fn((): Promise<FootprintDb> =>
      Promise.reject(new DOMException('gone', 'UnknownError')),
    );
    const getDb = connectionCache(open, () => clock);
    const attempts = Array.from({ length: 100 }, () => getDb().catch((e: unknown) => e));
    expect(new Set(await Promise.all(attempts)).size).toBe(1);
    await getDb().catch(() => undefined);
    expect(open).toHaveBeenCalledTimes(1);
    clock = 999;
    await getDb().catch(() => undefined);
    expect(open).toHaveBeenCalledTimes(1);
    clock = 1000;
    await getDb().catch(() => undefined);
    expect(open).toHaveBeenCalledTimes(2);
    // The wait doubles: 2 s after the second failure.
    clock = 2999;
    await getDb().catch(() => undefined);
    expect(open).toHaveBeenCalledTimes(2);
    clock = 3000;
    open.mockImplementationOnce(() => openFootprintDb());
    const reopened = await getDb();
    expect(open).toHaveBeenCalledTimes(3);
    expect(await getDb()).toBe(reopened);
    reopened.close();
  });
});
