import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_COLORS,
  badgeText,
  badgeValue,
  budgetState,
  MIDNIGHT_ALARM,
} from '../../../src/background/badge';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../src/settings/settings';
import { settingsItem } from '../../../src/storage/items';
import { refreshBadge, startBackground } from '../../../src/background/main';
import { openFootprintDb } from '../../../src/storage/db';
import { recordEvent } from '../../../src/storage/events';
import { promptAt as event, resetFakeBackground } from '../helpers/background';

beforeEach(resetFakeBackground);
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The fake browser answers colours as [r, g, b, a]. */
const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

describe('badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9999, '9.9k'],
    [12_345, '12k'],
    [5_000_000, '999k'],
    [0.34, '0.3'],
    [0.02, '0.1'],
    [56.6, '57'],
    [999.7, '999'],
    [-1, ''],
    [Number.NaN, ''],
  ])('shows %d as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  const settings = (change: Partial<UserSettings>): UserSettings => ({
    ...DEFAULT_SETTINGS,
    ...change,
  });
  const usage = [{ site: 'chatgpt', prompts: 10, images: 2 }];

  it.each([
    ['count', 12],
    ['wh', 57],
    ['co2', 14.2],
  ] as const)('measures today in the %s metric', (badgeMetric, value) => {
    expect(badgeValue(usage, settings({ badgeMetric }))).toBeCloseTo(value);
  });

  it.each([
    [5, 30, null, null, 'none'],
    [5, 30, 10, null, 'under'],
    [8, 30, 10, null, 'near'],
    [10, 30, 10, null, 'over'],
    [5, 30, 10, 100, 'under'],
    [5, 90, 10, 100, 'near'],
    [5, 120, 10, 100, 'over'],
    [12, 50, 10, 100, 'over'],
  ] as const)(
    'today %d, week %d, budgets %s/%s → %s',
    (today, week, dailyBudget, weeklyBudget, state) => {
      expect(budgetState(today, week, settings({ dailyBudget, weeklyBudget }))).toBe(state);
    },
  );

  it("shows today's count and resets at local midnight", async () => {
    const db = await openFootprintDb();
    const evening = new Date(2026, 10, 23, 23, 59).getTime();
    await recordEvent(db, event('a', evening - 60_000));
    await recordEvent(db, event('b', evening));
    await refreshBadge(async () => db, evening);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await refreshBadge(async () => db, new Date(2026, 10, 24, 0, 0, 1).getTime());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('shows the chosen metric, coloured by the daily budget', async () => {
    const db = await openFootprintDb();
    const noon = new Date(2026, 10, 23, 12).getTime();
    await recordEvent(db, event('a', noon));
    await recordEvent(db, event('b', noon));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, badgeMetric: 'wh', dailyBudget: 10 });
    await refreshBadge(async () => db, noon);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('8');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.near));
    expect(await fakeBrowser.action.getTitle({})).toContain('2 prompts, 0 images');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, badgeMetric: 'co2', dailyBudget: 1 });
    await refreshBadge(async () => db, noon);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.over));
  });

  it('measures the weekly budget over the week the popup shows: from Monday in Dutch, from Sunday in US English', async () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    const db = await openFootprintDb();
    const monday = new Date(2026, 10, 23, 12).getTime();
    const sunday = new Date(2026, 10, 22, 12).getTime();
    for (const id of ['a', 'b', 'c', 'd']) await recordEvent(db, event(id, sunday));
    await recordEvent(db, event('e', monday));
    const weekly = { ...DEFAULT_SETTINGS, weeklyBudget: 5 };

    await settingsItem.setValue({ ...weekly, language: 'en' });
    await refreshBadge(async () => db, monday);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.over));

    await settingsItem.setValue({ ...weekly, language: 'nl' });
    await refreshBadge(async () => db, monday);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_COLORS.under));
  });

  it('schedules the midnight alarm on start and refreshes the badge when it fires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 18, 30));
    const db = await openFootprintDb();
    await recordEvent(db, event('a', Date.now()));
    db.close();
    startBackground();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    const alarm = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
    expect(alarm?.scheduledTime).toBe(new Date(2026, 10, 24).getTime());
    vi.setSystemTime(new Date(2026, 10, 24, 0, 0, 5));
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime).toBe(
        new Date(2026, 10, 25).getTime(),
      ),
    );
  });

  it('asks to be started with the browser, so the badge and the midnight alarm are back at once', () => {
    const addStartupListener = vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener');
    startBackground();
    expect(addStartupListener).toHaveBeenCalledOnce();
  });

  it('still schedules the midnight alarm when IndexedDB is unavailable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 18, 30));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('IndexedDB is unavailable', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    startBackground();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime).toBe(
        new Date(2026, 10, 24).getTime(),
      ),
    );
    expect(warn).toHaveBeenCalled();
  });
});
