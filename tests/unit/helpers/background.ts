import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { vi } from 'vitest';
import type { IntakeDeps } from '../../../src/background/intake';
import { createEventIds } from '../../../src/background/event-ids';
import { createReset } from '../../../src/background/reset';
import { createWaitingRoom } from '../../../src/background/waiting-room';
import { openFootprintDb } from '../../../src/storage/db';

/**
 * A fresh fake browser and an empty IndexedDB, ready for `startBackground()`. The fake browser has no
 * webRequest events, so their listeners are swallowed.
 */
export function resetFakeBackground(): void {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(fakeBrowser.webRequest.onBeforeRequest, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.webRequest.onResponseStarted, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.webRequest.onBeforeRedirect, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.webRequest.onErrorOccurred, 'addListener').mockImplementation(() => {});
}

/** A stored-shape prompt event on ChatGPT at `at`, with a 32-character id made from `id`. */
export function promptAt(id: string, at: number) {
  return {
    id: id.padEnd(32, '0'),
    site: 'chatgpt',
    kind: 'prompt' as const,
    trigger: 'send' as const,
    at,
    source: 'dom' as const,
  };
}

/**
 * Intake dependencies over a fresh, empty IndexedDB at a fixed `now`: every site switched on, the
 * badge and composer checks recorded by spies, ids keyed with this (fake) install's secret. `overrides` replace any of them.
 */
export function intakeDepsAt(now: number, overrides: Partial<IntakeDeps> = {}): IntakeDeps {
  globalThis.indexedDB = new IDBFactory();
  const db = openFootprintDb();
  return {
    getDb: () => db,
    now: () => now,
    onStored: vi.fn(async () => {}),
    waitingRoom: createWaitingRoom(),
    isSiteEnabled: async () => true,
    recordComposerCheck: vi.fn(async () => {}),
    eventIds: createEventIds(
      () => db,
      () => now,
    ),
    reset: createReset(() => now),
    ...overrides,
  };
}
