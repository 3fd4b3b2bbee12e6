import type { EventIds } from '../../../src/background/event-ids';
import { eventId, importIdSecret } from '../../../src/domain/event-id';

/** A fixed install secret for tests (64 hex digits). */
export const TEST_SECRET = 'a1'.repeat(32);

/** Event ids under `secret`, as the background derives them once past the update. */
export function fixedEventIds(secret = TEST_SECRET): EventIds {
  const key = importIdSecret(secret);
  return { idFor: async (site, k) => eventId(await key, site, k) };
}
