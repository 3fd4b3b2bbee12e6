import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import { createPageOnlySends } from '../../../src/background/page-only-sends';
import { STORAGE_RETRY_ALARM } from '../../../src/background/waiting-room';
import { PAIR_WINDOW_MS } from '../../../src/domain/pairing';
import { droppedEventsItem, storageProblemItem } from '../../../src/storage/items';
import { currentStorageProblem, droppedEventCount } from '../../../src/storage/problem';
import { intakeDepsAt, promptAt, resetFakeBackground } from '../helpers/background';

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const PAGE = { id: EXT, url: `${ORIGIN}footprint.html` };
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
const TAB = 5;
const META_PAGE = {
  id: EXT,
  url: 'https://www.meta.ai/',
  tab: { id: TAB, url: 'https://www.meta.ai/' },
};
const report = (key: string, at: number) => ({
  type: 'record-usage',
  event: { key, site: 'metaai', kind: 'prompt', trigger: 'send', at, source: 'dom' },
});

let deps: IntakeDeps;
beforeEach(() => {
  resetFakeBackground();
  deps = intakeDepsAt(NOW, {
    extensionOrigin: ORIGIN,
    pageOnlySends: createPageOnlySends(() => NOW, PAIR_WINDOW_MS),
  });
});
const storedCount = async () => (await deps.getDb()).count('events');

describe('reset', () => {
  it('clears the waiting room, its retry alarm and the lost count: nothing comes back', async () => {
    const waiting = ['a', 'b', 'c'].map((id) => promptAt(id, NOW - 5000));
    await storageProblemItem.setValue({ reason: 'quota', since: NOW - 6000, waiting });
    await droppedEventsItem.setValue({ count: 4, since: NOW - 6000 });
    await fakeBrowser.alarms.create(STORAGE_RETRY_ALARM, { periodInMinutes: 1 });

    expect(await handleRuntimeMessage({ type: 'reset-data' }, PAGE, EXT, deps)).toEqual({
      ok: true,
      stored: true,
    });
    expect(await currentStorageProblem()).toBeNull();
    expect(await droppedEventCount()).toBe(0);
    expect(await fakeBrowser.alarms.get(STORAGE_RETRY_ALARM)).toBeUndefined();
    // The next write flushes what waits: nothing does any more.
    await handleRuntimeMessage(report('local:new', NOW + 1), META_PAGE, EXT, deps);
    expect(await storedCount()).toBe(1);
  });

  it('drops a retry of an event from before the reset, and a send waiting for its confirmation', async () => {
    await handleRuntimeMessage(report('local:before', NOW - 2000), META_PAGE, EXT, deps);
    expect(await storedCount()).toBe(1);
    await handleRuntimeMessage({ type: 'reset-data' }, PAGE, EXT, deps);
    expect(await storedCount()).toBe(0);
    // A content script's outbox retries the same event after the reset.
    expect(
      await handleRuntimeMessage(report('local:before', NOW - 2000), META_PAGE, EXT, deps),
    ).toEqual({ ok: true, stored: false });
    expect(deps.pageOnlySends && 'take' in deps.pageOnlySends).toBe(true);
    const pageOnly = deps.pageOnlySends as ReturnType<typeof createPageOnlySends>;
    expect(pageOnly.take(TAB, 'metaai', 'send')).toBeUndefined();
    expect(await storedCount()).toBe(0);
  });
});
