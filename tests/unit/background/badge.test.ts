import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeText, MIDNIGHT_ALARM } from '../../../src/background/badge';
import { refreshBadge, startBackground } from '../../../src/background/main';
import { openFootprintDb } from '../../../src/storage/db';
import { recordEvent } from '../../../src/storage/events';

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(fakeBrowser.webRequest.onBeforeRequest, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.webRequest.onResponseStarted, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.webRequest.onErrorOccurred, 'addListener').mockImplementation(() => {});
});
afterEach(() => vi.useRealTimers());

const event = (id: string, at: number) => ({
  id: id.padEnd(32, '0'),
  site: 'chatgpt',
  kind: 'prompt' as const,
  trigger: 'send' as const,
  at,
  source: 'dom' as const,
});

describe('badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9999, '9.9k'],
    [12_345, '12k'],
    [5_000_000, '999k'],
  ])('shows %i as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  it("shows today's count and resets at local midnight", async () => {
    const db = await openFootprintDb();
    const evening = new Date(2026, 10, 23, 23, 59).getTime();
    await recordEvent(db, event('a', evening - 60_000));
    await recordEvent(db, event('b', evening));
    await refreshBadge(async () => db, evening);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await refreshBadge(async () => db, new Date(2026, 10, 24, 0, 0, 1).getTime());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('schedules the midnight alarm on start and refreshes the badge when it fires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 18, 30));
    const db = await openFootprintDb();
    await recordEvent(db, event('a', Date.now()));
    db.close();
    startBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    const alarm = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(alarm?.scheduledTime).toBe(new Date(2026, 10, 24).getTime());
    vi.setSystemTime(new Date(2026, 10, 24, 0, 0, 5));
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime).toBe(
        new Date(2026, 10, 25).getTime(),
      ),
    );
  });
});
