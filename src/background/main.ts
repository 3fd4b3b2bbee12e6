import { browser } from 'wxt/browser';
import type { SenderInfo } from '../messaging/protocol';
import type { UsageEvent } from '../domain/usage-event';
import { connectionCache } from '../storage/db';
import { localDay, weekDays } from '../storage/day';
import { PAIR_WINDOW_MS } from '../domain/pairing';
import { browserLanguageTag, chosenLanguage } from '../i18n';
import { loadSettings, watchSettings } from '../settings/settings';
import { rollupsBetween, summarize } from '../storage/events';
import { currentStorageProblem, droppedEventCount } from '../storage/problem';
import { isSiteEnabled } from '../settings/sites';
import { recordComposerCheck } from '../storage/health';
import {
  badgeText,
  badgeValue,
  budgetState,
  MIDNIGHT_ALARM,
  scheduleMidnightReset,
  showBadge,
} from './badge';
import { badgeTitle, storageProblemTitle, withDroppedLine } from './badge-title';
import { handleRuntimeMessage, storeEvent, type IntakeDeps } from './intake';
import { createJobGrants, navigatedJobFilters } from './job-grants';
import { droppedEventsItem, jobGrantsItem } from '../storage/items';
import { createSendObserver, sendRequestFilters } from './network';
import { createEventIds } from './event-ids';
import { createPageOnlySends } from './page-only-sends';
import { createReset } from './reset';
import { createWaitingRoom, STORAGE_RETRY_ALARM } from './waiting-room';
import { openWelcomeOnInstall } from './welcome';

/** Recomputes today's badge (in the chosen metric, coloured by the budgets) from the day rollups. */
export async function refreshBadge(getDb: IntakeDeps['getDb'], now = Date.now()): Promise<void> {
  const [problem, settings, dropped] = await Promise.all([
    currentStorageProblem(),
    loadSettings(),
    droppedEventCount(),
  ]);
  const language = chosenLanguage(settings.language);
  // Events wait for the database: a count without them would be wrong, so the badge asks for a look.
  if (problem) {
    const title = withDroppedLine(language, storageProblemTitle(language, problem), dropped);
    return showBadge('!', 'over', title);
  }
  const db = await getDb();
  const today = localDay(now);
  // The week starts where the popup's and the weekly page's does: on Monday in Dutch.
  const week = weekDays(now, language, browserLanguageTag());
  const [todayUsage, weekUsage] = await Promise.all([
    rollupsBetween(db, today, today).then(summarize),
    rollupsBetween(db, week.from, today).then(summarize),
  ]);
  const value = badgeValue(todayUsage.bySite, settings);
  const state = budgetState(value, badgeValue(weekUsage.bySite, settings), settings);
  const title = withDroppedLine(language, badgeTitle(language, todayUsage, settings), dropped);
  await showBadge(badgeText(value), state, title);
}

/** Refreshes the badge; a failure (IndexedDB unavailable) is logged, never left unhandled. */
function refreshBadgeSafely(getDb: IntakeDeps['getDb']): Promise<void> {
  return refreshBadge(getDb).catch((error: unknown) =>
    console.warn('AI Footprint: badge not refreshed:', error),
  );
}

/**
 * Refreshes the badge, then schedules the next midnight reset even when the refresh failed (IndexedDB
 * unavailable): otherwise one failure would leave yesterday's count on the badge for good.
 */
function refreshBadgeAndScheduleMidnight(getDb: IntakeDeps['getDb']): void {
  void refreshBadgeSafely(getDb).then(() => scheduleMidnightReset());
}

/** Tries to store what waits for the database (on start and on the retry alarm) and shows the result. */
async function retryWaitingEvents(deps: IntakeDeps): Promise<void> {
  await deps.waitingRoom.flush(deps.getDb);
  await deps.onStored();
}

/**
 * Wires the service worker. Listeners are added synchronously on every start, so events that wake a
 * stopped worker (a message, a webRequest, the midnight alarm) reach them.
 */
export function startBackground(): void {
  const getDb = connectionCache();
  const grants = createJobGrants(jobGrantsItem);
  const pageOnlySends = createPageOnlySends(() => Date.now(), PAIR_WINDOW_MS);
  const deps: IntakeDeps = {
    getDb,
    now: () => Date.now(),
    onStored: () => refreshBadgeSafely(getDb),
    waitingRoom: createWaitingRoom(),
    isSiteEnabled,
    recordComposerCheck,
    jobGrants: grants,
    extensionOrigin: browser.runtime.getURL('/'),
    pageOnlySends,
    eventIds: createEventIds(getDb, () => Date.now()),
    reset: createReset(() => Date.now()),
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
    deps.eventIds,
    async (tabId, frameId, message) =>
      (await browser.tabs.sendMessage(tabId, message, { frameId })) !== undefined,
    pageOnlySends,
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

  const posts = { urls: navigatedJobFilters(), types: ['main_frame' as const] };
  browser.webRequest.onBeforeRequest.addListener((details) => {
    grants.onBeforeRequest(details);
    return undefined;
  }, posts);
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => void grants.onOutcome(details),
    posts,
  );
  browser.webRequest.onResponseStarted.addListener(
    (details) => void grants.onOutcome(details),
    posts,
  );
  browser.webRequest.onErrorOccurred.addListener(grants.onErrorOccurred, posts);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) refreshBadgeAndScheduleMidnight(getDb);
    if (alarm.name === STORAGE_RETRY_ALARM) void retryWaitingEvents(deps);
  });
  watchSettings(() => void refreshBadgeSafely(getDb));
  // The popup clears the lost count once the user has seen it: the tooltip drops it too.
  droppedEventsItem.watch(() => void refreshBadgeSafely(getDb));
  // Without a startup listener neither browser starts the worker (event page) when it starts, only at
  // the first site event: until then the toolbar would show no count, and Firefox, which keeps no
  // alarms over a restart, no midnight reset. The start itself does the work, just below.
  browser.runtime.onStartup.addListener(() => {});
  browser.runtime.onInstalled.addListener(
    (details) =>
      void openWelcomeOnInstall(details).catch((error: unknown) =>
        console.warn('AI Footprint: welcome page not opened:', error),
      ),
  );
  void deps.waitingRoom.flush(getDb).then(() => refreshBadgeAndScheduleMidnight(getDb));
}
