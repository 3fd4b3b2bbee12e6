import { browser } from 'wxt/browser';
import type { SenderInfo, UsageEvent } from '../messaging/protocol';
import { connectionCache } from '../storage/db';
import { localDay } from '../storage/day';
import { rollupsBetween, summarize } from '../storage/events';
import { isSiteEnabled } from '../settings/sites';
import { recordComposerCheck } from './health';
import { MIDNIGHT_ALARM, scheduleMidnightReset, showBadgeCount } from './badge';
import { handleRuntimeMessage, storeEvent, type IntakeDeps } from './intake';
import { createSendObserver, sendRequestFilters } from './network';

/** Recounts today's prompts + images from the rollup and shows them on the badge. */
export async function refreshBadge(getDb: IntakeDeps['getDb'], now = Date.now()): Promise<void> {
  const today = localDay(now);
  const { prompts, images } = summarize(await rollupsBetween(await getDb(), today, today));
  await showBadgeCount(prompts + images);
}

/**
 * Wires the service worker. Listeners are added synchronously on every start, so events that wake a
 * stopped worker (a message, a webRequest, the midnight alarm) reach them.
 */
export function startBackground(): void {
  const getDb = connectionCache();
  const deps: IntakeDeps = {
    getDb,
    now: () => Date.now(),
    onStored: () => refreshBadge(getDb),
    isSiteEnabled,
    recordComposerCheck,
  };
  const extensionId = browser.runtime.id;

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
      void handleRuntimeMessage(message, sender, extensionId, deps).then(sendResponse);
      return true;
    },
  );

  const sends = createSendObserver(
    (event: UsageEvent) => storeEvent(event, deps),
    async (tabId, frameId, message) =>
      (await browser.tabs.sendMessage(tabId, message, { frameId })) !== undefined,
  );
  const filter = { urls: sendRequestFilters() };
  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      sends.onBeforeRequest(details);
      return undefined;
    },
    filter,
    ['requestBody'],
  );
  browser.webRequest.onResponseStarted.addListener(
    (details) => void sends.onResponseStarted(details),
    filter,
  );
  browser.webRequest.onErrorOccurred.addListener(sends.onErrorOccurred, filter);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== MIDNIGHT_ALARM) return;
    void refreshBadge(getDb).then(() => scheduleMidnightReset());
  });
  void refreshBadge(getDb).then(() => scheduleMidnightReset());
}
