import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIDNIGHT_ALARM } from '../../../src/background/badge';
import { refreshBadge, startBackground } from '../../../src/background/main';
import { openFootprintDb } from '../../../src/storage/db';
import { firstDayOfWeek, localDay, nextLocalMidnight, weekDays } from '../../../src/storage/day';
import { recordEvent } from '../../../src/storage/events';
import { parseWeekId, shiftWeek, weekOf } from '../../../src/storage/weeks';
import { summarizeWeek } from '../../../src/ui/footprint/aggregate';
import { loadWeekData } from '../../../src/ui/footprint/data';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { promptAt, resetFakeBackground } from './background';

const HOUR = 3_600_000;

/** A zone with its two DST changes in a year, and the locale whose week the zone's users see. */
export interface DstZone {
  zone: string;
  /** Local day (`YYYY-MM-DD`) on which clocks go forward: it lasts 23 hours. */
  springForward: string;
  /** Local day on which clocks go back: it lasts 25 hours. */
  fallBack: string;
  /** A language tag of the zone's users; its first day of the week is the weekly page's. */
  languageTag: string;
}

/** Local wall-clock time on a local day, in ms (in the zone under test). */
function local(day: string, hour = 0, minute = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).getTime();
}

/** The local day `n` days after `day`. */
function plusDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + n, 12));
}

/**
 * Midnight and DST in one time zone: the badge's midnight alarm, and the weekly page's week. The
 * zone is set here, before any test runs; vitest runs each file in its own process, so it holds for
 * the whole file and nothing else. The first test proves the zone took effect (under UTC every DST
 * assertion below would fail, not pass trivially).
 */
export function describeDstZone(zone: DstZone): void {
  process.env.TZ = zone.zone;

  describe(`midnight and DST in ${zone.zone}`, () => {
    beforeEach(resetFakeBackground);
    afterEach(() => vi.useRealTimers());

    it('runs in the zone: its DST days last 23 and 25 hours', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone.zone);
      const length = (day: string) => local(plusDays(day, 1)) - local(day);
      expect(length(zone.springForward)).toBe(23 * HOUR);
      expect(length(zone.fallBack)).toBe(25 * HOUR);
    });

    describe.each([
      ['clocks go forward', zone.springForward, 23],
      ['clocks go back', zone.fallBack, 25],
    ] as const)('the day %s (%s)', (_, day, hours) => {
      const eve = plusDays(day, -1);
      const next = plusDays(day, 1);

      it('has its midnights where the wall clock says 00:00', () => {
        for (const [from, to] of [
          [local(eve, 23, 59), day],
          [local(day, 0, 0), next],
          [local(day, 12), next],
          [local(day, 23, 59), next],
        ] as const) {
          const midnight = nextLocalMidnight(from);
          expect(localDay(midnight)).toBe(to);
          expect(new Date(midnight).getHours()).toBe(0);
          expect(localDay(midnight - 1)).toBe(localDay(from));
        }
        expect(nextLocalMidnight(local(day, 12)) - local(day)).toBe(hours * HOUR);
      });

      it("resets the badge at each local midnight and then shows the new day's count", async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(local(eve, 20));
        const db = await openFootprintDb();
        await recordEvent(db, promptAt('eve', local(eve, 20)));
        startBackground();
        await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));

        const atMidnight = await fakeBrowser.alarms.get(MIDNIGHT_ALARM);
        expect(atMidnight?.scheduledTime).toBe(local(day));
        vi.setSystemTime(local(day));
        await fakeBrowser.alarms.onAlarm.trigger(atMidnight!);
        await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
        await vi.waitFor(async () =>
          expect((await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime).toBe(local(next)),
        );
        const atNextMidnight = (await fakeBrowser.alarms.get(MIDNIGHT_ALARM))!;
        expect(atNextMidnight.scheduledTime - atMidnight!.scheduledTime).toBe(hours * HOUR);

        // Through the day of the change, including the hours after it, the badge counts that day.
        for (const [i, hour] of [0, 3, 23].entries()) {
          await recordEvent(db, promptAt(`day${i}`, local(day, hour, 30)));
        }
        vi.setSystemTime(local(day, 23, 59));
        await refreshBadge(async () => db);
        expect(await fakeBrowser.action.getBadgeText({})).toBe('3');

        vi.setSystemTime(atNextMidnight.scheduledTime);
        await fakeBrowser.alarms.onAlarm.trigger(atNextMidnight);
        await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
        await vi.waitFor(async () =>
          expect((await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime).toBe(
            local(plusDays(day, 2)),
          ),
        );
        db.close();
      });

      it('lies in a week of seven local days, and the weekly page puts every event on its day', async () => {
        const weekStartsOn = firstDayOfWeek(zone.languageTag);
        const week = weekOf(local(day, 12), weekStartsOn);
        expect(week.days).toHaveLength(7);
        expect(week.days).toContain(day);
        week.days.slice(1).forEach((d, i) => expect(d).toBe(plusDays(week.days[i]!, 1)));
        expect(new Date(week.start).getHours()).toBe(0);
        expect(localDay(week.start)).toBe(week.days[0]);
        expect(localDay(week.end)).toBe(plusDays(week.days[6]!, 1));
        expect(week.end - week.start).toBe((6 * 24 + hours) * HOUR);
        expect(parseWeekId(week.id, weekStartsOn)).toEqual(week);
        expect(shiftWeek(week, 1, weekStartsOn).days[0]).toBe(plusDays(week.days[6]!, 1));
        expect(shiftWeek(week, -1, weekStartsOn).days[6]).toBe(plusDays(week.days[0]!, -1));
        // The popup's and the badge's "this week" is the same week.
        for (const d of week.days) {
          expect(weekDays(local(d, 12), 'en', zone.languageTag)).toEqual({
            from: week.days[0],
            to: week.days[6],
          });
        }

        // Two prompts a day, just after midnight and just before the next, plus one after the change.
        const db = await openFootprintDb();
        const times = week.days.flatMap((d) => [local(d, 0, 30), local(d, 23, 30)]);
        times.push(local(day, 3, 30));
        times.push(local(week.days[0]!, 0) - 30 * 60_000, week.end + 30 * 60_000); // outside
        for (const [i, at] of times.entries())
          await recordEvent(db, promptAt(`w${String(i).padStart(2, '0')}`, at));
        db.close();

        const previous = shiftWeek(week, -1, weekStartsOn);
        const data = await loadWeekData(week, previous);
        const summary = summarizeWeek(
          week,
          data.rows,
          data.previousRows,
          data.eventTimes,
          DEFAULT_SETTINGS,
        );
        expect(summary.days.map((d) => d.day)).toEqual(week.days);
        expect(summary.days.map((d) => d.prompts)).toEqual(
          week.days.map((d) => (d === day ? 3 : 2)),
        );
        expect(summary.usage.prompts).toBe(15);
        expect(data.eventTimes).toHaveLength(15);
        expect(summary.hours[0]).toBe(7);
        expect(summary.hours[23]).toBe(7);
        expect(summary.hours[3]).toBe(1);
        expect(summary.previous.prompts).toBe(1);
      });
    });
  });
}
