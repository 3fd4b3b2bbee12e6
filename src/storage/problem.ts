import {
  DroppedEventsSchema,
  droppedEventsItem,
  StorageProblemSchema,
  storageProblemItem,
  type StorageProblem,
} from './items';

/** Why the database refused a write: the disk or quota is full, or IndexedDB does not work at all. */
export type StorageProblemReason = 'quota' | 'unavailable';

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

/** How many events the full waiting room lost since the user last saw the count (0: none). */
export async function droppedEventCount(): Promise<number> {
  const parsed = DroppedEventsSchema.nullable().safeParse(await droppedEventsItem.getValue());
  return parsed.success ? (parsed.data?.count ?? 0) : 0;
}

/** The user has seen the lost count in the popup: it is not shown again. */
export function markDroppedEventsSeen(): Promise<void> {
  return droppedEventsItem.setValue(null);
}
