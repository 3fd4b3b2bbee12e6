import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { usageEventSchema } from '../domain/usage-event';
import { SITE_IDS } from '../sites/registry';

/** Why the database refused a write: the disk or quota is full, or IndexedDB does not work at all. */
export type StorageProblemReason = 'quota' | 'unavailable';

/** At most this many events wait for the database (about 300 KB of session storage). */
export const MAX_WAITING_EVENTS = 2000;

const StorageProblemSchema = z.strictObject({
  reason: z.enum(['quota', 'unavailable']),
  since: z.number(),
  waiting: z.array(usageEventSchema(SITE_IDS)).max(MAX_WAITING_EVENTS),
});

/** The database is refusing writes: since when, why, and the events waiting to be stored. */
export type StorageProblem = z.infer<typeof StorageProblemSchema>;

/**
 * Written by the background while the database refuses writes and read by the popup. Session storage
 * lives in memory, so it works while the disk is full; its contents end when the browser closes.
 */
export const storageProblemItem = storage.defineItem<StorageProblem | null>(
  'session:storageProblem',
  { fallback: null },
);

/** The current problem, or null; a corrupt value counts as none. */
export async function currentStorageProblem(): Promise<StorageProblem | null> {
  const parsed = StorageProblemSchema.nullable().safeParse(await storageProblemItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Chrome and Firefox both name a full quota `QuotaExceededError`; anything else means unavailable. */
export function problemReason(error: unknown): StorageProblemReason {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String(error)) ? 'quota' : 'unavailable';
}
