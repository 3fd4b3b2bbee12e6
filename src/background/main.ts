import { browser } from 'wxt/browser';
import type { SenderInfo, UsageEvent } from '../messaging/protocol';
import { connectionCache } from '../storage/db';
import { localDay, weekDays } from '../storage/day';
import { browserLanguageTag, chosenLanguage } from '../i18n';
import { loadSettings, watchSettings } from '../settings/settings';
import { rollupsBetween, summarize } from '../storage/events';
import { isSiteEnabled } from '../settings/sites';
import { recordComposerCheck } from './health';
import {
  badgeText,
  badgeValue,
  budgetState,
  MIDNIGHT_ALARM,
  scheduleMidnightReset,
  showBadge,
} from './badge';
import { badgeTitle } from './badge-title';
import { handleRuntimeMessage, storeEvent, type IntakeDeps } from './intake';
import { createSendObserver, sendRequestFilters } from './network';

/** Recomputes today's badge (in the chosen metric, coloured by the budgets) from the day rollups. */
export async function refreshBadge(getDb: IntakeDeps['getDb'], now = Date.now()): Promise<void> {
  const [db, settings] = await Promise.all([getDb(), loadSettings()]);
  const today = localDay(now);
  const week = weekDays(now, browserLanguageTag());
  const [todayUsage, weekUsage] = await Promise.all([
    rollupsBetween(db, today, today).then(summarize),
    rollupsBetween(db, week.from, today).then(summarize),
  ]);
  const value = badgeValue(todayUsage.bySite, settings);
  const state = budgetState(value, badgeValue(weekUsage.bySite, settings), settings);
  await showBadge(
    badgeText(value),
    state,
    badgeTitle(chosenLanguage(settings.language), todayUsage, settings),
  );
}

/**
 * Refreshes the badge, then schedules the next midnight reset even when the refresh failed (IndexedDB
 * unavailable): otherwise one failure would leave yesterday's count on the badge for good.
 */
function refreshBadgeAndScheduleMidnight(getDb: IntakeDeps['getDb']): void {
  void refreshBadge(getDb)
    .catch((error: unknown) => console.warn('AI Footprint: badge not refreshed:', error))
    .then(() => scheduleMidnightReset());
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
    extensionOrigin: browser.runtime.getURL('/'),
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
    refreshBadgeAndScheduleMidnight(getDb);
  });
  watchSettings(() => void refreshBadge(getDb));
  refreshBadgeAndScheduleMidnight(getDb);
}
