import { browser } from 'wxt/browser';
import { computeFootprint, type SiteUsage } from '../footprint';
import type { UserSettings } from '../settings/settings';
import { nextLocalMidnight } from '../storage/day';

/** Alarm that resets the badge at local midnight. */
export const MIDNIGHT_ALARM = 'badge-midnight';

/** Badge colours: neutral, and the budget states (white text on each passes WCAG AA). */
export const BADGE_COLORS = {
  neutral: '#1f6f5c',
  under: '#2e7d32',
  near: '#8a5a00',
  over: '#c62828',
} as const;

/** Share of a budget from which the badge turns amber. */
const NEAR_BUDGET = 0.8;

/** A badge number in at most four characters: empty at zero, then 7, 0.3, 57, 999, 1.2k, 12k, 999k. */
export function badgeText(value: number): string {
  if (!(value > 0)) return '';
  if (value < 1) return (Math.round(value * 10) / 10 || 0.1).toString();
  if (value < 1000) return String(Math.round(value) >= 1000 ? 999 : Math.round(value));
  if (value < 10_000) return `${(Math.floor(value / 100) / 10).toString()}k`;
  return `${Math.min(Math.floor(value / 1000), 999)}k`;
}

/** Today's (or the week's) figure in the badge metric: prompts + images + videos, Wh or g CO2. */
export function badgeValue(usage: readonly SiteUsage[], settings: UserSettings): number {
  if (settings.badgeMetric === 'count') {
    return usage.reduce((n, s) => n + s.prompts + s.images + (s.videos ?? 0), 0);
  }
  const footprint = computeFootprint(usage, settings);
  return settings.badgeMetric === 'wh' ? footprint.wh : footprint.gco2;
}

/** Where a figure stands against its budget; the worse of the daily and weekly state wins. */
export type BudgetState = 'none' | 'under' | 'near' | 'over';

export function budgetState(today: number, week: number, settings: UserSettings): BudgetState {
  const states = [
    [today, settings.dailyBudget],
    [week, settings.weeklyBudget],
  ].flatMap(([value, budget]): BudgetState[] => {
    if (budget === null || budget === undefined) return [];
    if (value! >= budget) return ['over'];
    return [value! >= budget * NEAR_BUDGET ? 'near' : 'under'];
  });
  const order: BudgetState[] = ['none', 'under', 'near', 'over'];
  return states.reduce((worst, s) => (order.indexOf(s) > order.indexOf(worst) ? s : worst), 'none');
}

/** Chrome and Firefox MV3 have `action`; Firefox MV2 has `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Shows a figure on the toolbar button, coloured by its budget state, with a full title. */
export async function showBadge(text: string, state: BudgetState, title: string): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({
    color: state === 'none' ? BADGE_COLORS.neutral : BADGE_COLORS[state],
  });
  await action.setBadgeText({ text });
  await action.setTitle({ title });
}

/** Asks for a wake-up at the next local midnight (recomputed each time, so DST cannot drift it). */
export async function scheduleMidnightReset(now: number = Date.now()): Promise<void> {
  await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now) });
}
