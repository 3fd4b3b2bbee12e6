import type { FootprintDb } from '../storage/db';
import { resetData } from '../storage/import';
import { resetAtItem } from '../storage/items';
import type { PageOnlySends } from './page-only-sends';
import type { WaitingRoom } from './waiting-room';

/**
 * The user's reset, and what stays of it: every stored event, rollup and total goes, so do the events
 * waiting for the database, the lost count, the retry alarm and the sends waiting for a network
 * confirmation. An event from before the reset that still arrives later (a content script's retry)
 * is not stored.
 */
export function createReset(now: () => number) {
  let resetAt: Promise<number> | undefined;
  return {
    async reset(
      db: FootprintDb,
      waitingRoom: WaitingRoom,
      pageOnlySends?: Pick<PageOnlySends, 'clear'>,
    ): Promise<void> {
      const at = now();
      await resetAtItem.setValue(at);
      resetAt = Promise.resolve(at);
      pageOnlySends?.clear();
      await waitingRoom.clear();
      await resetData(db);
    },
    /** Was this event counted before the last reset? */
    async isBeforeReset(at: number): Promise<boolean> {
      resetAt ??= resetAtItem.getValue().catch(() => 0);
      return at < (await resetAt);
    },
  };
}

/** See createReset. */
export type Reset = ReturnType<typeof createReset>;
