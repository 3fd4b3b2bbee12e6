import { browser } from 'wxt/browser';
import type { UsageEvent } from '../domain/usage-event';
import type { FootprintDb } from '../storage/db';
import { storedForm } from '../storage/events';
import { mergeEvents } from '../storage/import';
import { currentStorageProblem, problemReason } from '../storage/problem';
import {
  DroppedEventsSchema,
  droppedEventsItem,
  MAX_WAITING_EVENTS,
  storageProblemItem,
} from '../storage/items';
import { oneAtATime } from './one-at-a-time';

/** Wakes the worker to try the database again while events wait. */
export const STORAGE_RETRY_ALARM = 'storage-retry';

/** Where events go while the database refuses writes, until it takes them again. */
export interface WaitingRoom {
  /**
   * Keeps an event the database refused; when the waiting room is full, counts it as lost instead
   * (shown in the popup and the badge title). False only when session storage itself fails.
   */
  hold(event: UsageEvent, error: unknown): Promise<boolean>;
  /**
   * Stores every waiting event in one transaction and clears the problem; returns how many were new.
   * A database that still refuses leaves everything waiting (and returns 0): it never throws.
   */
  flush(getDb: () => Promise<FootprintDb>): Promise<number>;
  /** Forgets every waiting event, the lost count and the retry alarm (the user reset their data). */
  clear(): Promise<void>;
}

/** Ids of the latest lost events kept, so that two signals of one lost send count once. */
const MAX_DROPPED_IDS = 200;

/** Adds a lost event to the count, unless `droppedIds` (this worker run's latest) shows it already. */
async function countDropped(
  droppedIds: Set<string>,
  event: UsageEvent,
  now: number,
): Promise<void> {
  if (droppedIds.has(event.id)) return;
  droppedIds.add(event.id);
  if (droppedIds.size > MAX_DROPPED_IDS) droppedIds.delete(droppedIds.values().next().value!);
  const parsed = DroppedEventsSchema.nullable().safeParse(await droppedEventsItem.getValue());
  const before = parsed.success ? parsed.data : null;
  await droppedEventsItem.setValue({
    count: (before?.count ?? 0) + 1,
    since: before?.since ?? now,
  });
}

/** The waiting room of one worker run; its state lives in session storage, so a restart keeps it. */
export function createWaitingRoom(now: () => number = () => Date.now()): WaitingRoom {
  // Two refused events at once must not lose each other.
  const serially = oneAtATime();
  // Saves a session-storage read per event in the usual case: nothing has waited since the last look.
  let knownClear = false;
  const droppedIds = new Set<string>();

  return {
    hold: (event, error) =>
      serially(async () => {
        try {
          const problem = await currentStorageProblem();
          const waiting = problem?.waiting ?? [];
          if (!waiting.some((e) => e.id === event.id)) {
            if (waiting.length >= MAX_WAITING_EVENTS) {
              await countDropped(droppedIds, event, now());
              return true;
            }
            waiting.push(event);
          }
          knownClear = false;
          await storageProblemItem.setValue({
            reason: problemReason(error),
            since: problem?.since ?? now(),
            waiting,
          });
          await browser.alarms.create(STORAGE_RETRY_ALARM, { periodInMinutes: 1 });
          return true;
        } catch (holdError) {
          console.warn('AI Footprint: could not keep a refused event:', holdError);
          return false;
        }
      }),
    flush: (getDb) =>
      serially(async () => {
        if (knownClear) return 0;
        try {
          const problem = await currentStorageProblem();
          if (problem) {
            const { added } = await mergeEvents(await getDb(), problem.waiting.map(storedForm));
            await storageProblemItem.setValue(null);
            knownClear = true;
            await browser.alarms.clear(STORAGE_RETRY_ALARM);
            return added;
          }
          knownClear = true;
          return 0;
        } catch {
          return 0;
        }
      }),
    clear: () =>
      serially(async () => {
        droppedIds.clear();
        await Promise.all([storageProblemItem.setValue(null), droppedEventsItem.setValue(null)]);
        await browser.alarms.clear(STORAGE_RETRY_ALARM);
        knownClear = true;
      }),
  };
}
