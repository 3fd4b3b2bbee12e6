import { StorageProblemSchema, storageProblemItem, type StorageProblem } from './items';

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
