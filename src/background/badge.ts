import { browser } from 'wxt/browser';
import { nextLocalMidnight } from '../storage/day';

/** Alarm that resets the badge at local midnight. */
export const MIDNIGHT_ALARM = 'badge-midnight';

/** Badge text for today's count: empty at zero, and at most four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
  return `${Math.min(Math.floor(count / 1000), 999)}k`;
}

/** Chrome and Firefox MV3 have `action`; Firefox MV2 has `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Shows `count` on the toolbar button. */
export async function showBadgeCount(count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#1f6f5c' });
  await action.setBadgeText({ text: badgeText(count) });
}

/** Asks for a wake-up at the next local midnight (recomputed each time, so DST cannot drift it). */
export async function scheduleMidnightReset(now: number = Date.now()): Promise<void> {
  await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now) });
}
