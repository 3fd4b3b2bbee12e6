import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, weekDays, weekStartFor } from '../../../src/storage/day';
import { parseWeekId, shiftWeek, weekFromHash, weekOf } from '../../../src/storage/weeks';

// Local days and DST: these run in Europe/Amsterdam (see vitest env below) and must hold in any zone.
process.env.TZ = 'Europe/Amsterdam';

const day = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const HOUR = 3_600_000;

describe('weeks (locale start; an ISO label only for an ISO week)', () => {
  it('labels a Monday-first week by its ISO week', () => {
    const w = weekOf(day(2026, 11, 18), 1);
    expect(w.id).toBe('2026-W47');
    expect(w.days).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
  });

  it('starts the week on Monday on a Dutch page, whatever the region; otherwise where the region does', () => {
    expect(weekStartFor('nl', 'en-US')).toBe(1);
    expect(weekStartFor('en', 'en-US')).toBe(0);
    expect(weekStartFor('en', 'nl-NL')).toBe(1);
    // Wednesday 9 December 2026.
    expect(weekDays(day(2026, 12, 9), 'nl', 'en-US')).toEqual({
      from: '2026-12-07',
      to: '2026-12-13',
    });
    expect(weekDays(day(2026, 12, 9), 'en', 'en-US')).toEqual({
      from: '2026-12-06',
      to: '2026-12-12',
    });
  });

  it('names a Sunday-first week by its first day, without an ISO week number', () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    // ISO week 50 of 2026 is Monday 7 – Sunday 13 December; the en-US week is 6–12 December.
    const w = weekOf(day(2026, 12, 9), 0);
    expect(w.days[0]).toBe('2026-12-06');
    expect(w.days[6]).toBe('2026-12-12');
    expect(w.id).toBe('2026-12-06');
    expect(w.isoWeek).toBeNull();
    const iso = weekOf(day(2026, 12, 9), 1);
    expect(iso.id).toBe('2026-W50');
    expect(iso.isoWeek).toBe(50);
    expect([iso.days[0], iso.days[6]]).toEqual(['2026-12-07', '2026-12-13']);
    // The Sunday that ends ISO week 50 starts the next Sunday-first week.
    expect(weekOf(day(2026, 12, 13), 0).id).toBe('2026-12-13');
    expect(weekOf(day(2026, 12, 13), 1).id).toBe('2026-W50');
  });

  it('handles a Saturday-first locale', () => {
    const w = weekOf(day(2026, 11, 18), 6);
    expect(w.days[0]).toBe('2026-11-14');
    expect(w.id).toBe('2026-11-14');
    expect(w.isoWeek).toBeNull();
    expect(parseWeekId('2026-W47', 6)?.days[0]).toBe('2026-11-14');
  });

  it('opens an ISO week link in a Sunday-first locale on the week that holds most of it', () => {
    // footprint.html#2026-W47 (Mon 16 – Sun 22 Nov) shared with an en-US reader: Sun 15 – Sat 21.
    const w = parseWeekId('2026-W47', 0)!;
    expect([w.days[0], w.days[6]]).toEqual(['2026-11-15', '2026-11-21']);
    expect(w.id).toBe('2026-11-15');
    // And the en-US reader's link back to a Monday-first reader: Mon 16 – Sun 22 again.
    expect(parseWeekId('2026-11-15', 1)?.id).toBe('2026-W47');
    expect(parseWeekId('2026-11-16', 0)?.id).toBe('2026-11-15');
  });

  it('parses deep links to the same week, and refuses weeks that do not exist', () => {
    for (const start of [0, 1, 6] as const) {
      const w = weekOf(day(2026, 11, 18), start);
      expect(parseWeekId(w.id, start)).toEqual(w);
    }
    expect(parseWeekId('2025-W53')).toBeNull(); // 2025 has 52 ISO weeks
    expect(parseWeekId('2026-W53')?.days[0]).toBe('2026-12-28'); // 2026 starts on a Thursday: 53
    expect(parseWeekId('2020-W53')?.days[0]).toBe('2020-12-28');
    expect(parseWeekId('2026-W00')).toBeNull();
    expect(parseWeekId('2026-47')).toBeNull();
    expect(parseWeekId('garbage')).toBeNull();
    expect(parseWeekId('2026-02-30')).toBeNull();
    expect(parseWeekId('1969-12-31')).toBeNull();
  });

  it('rolls over the year: W52, W53 and W01', () => {
    // 2020 had 53 ISO weeks; 1 January 2021 is in 2020-W53.
    expect(weekOf(day(2021, 1, 1), 1).id).toBe('2020-W53');
    expect(shiftWeek(parseWeekId('2020-W53')!, 1).id).toBe('2021-W01');
    expect(shiftWeek(parseWeekId('2021-W01')!, -1).id).toBe('2020-W53');
    // 29 December 2025 (Monday) already belongs to 2026-W01.
    expect(weekOf(day(2025, 12, 29), 1).id).toBe('2026-W01');
    expect(shiftWeek(parseWeekId('2026-W01')!, -1).id).toBe('2025-W52');
    expect(shiftWeek(parseWeekId('2026-W52')!, 1).id).toBe('2026-W53');
    expect(shiftWeek(parseWeekId('2026-W53')!, 1).id).toBe('2027-W01');
    // Sunday-first: the week of Sunday 28 Dec 2025 runs into 2026 and is named by its first day.
    expect(weekOf(day(2025, 12, 28), 0).id).toBe('2025-12-28');
    expect(shiftWeek(weekOf(day(2025, 12, 28), 0), 1, 0).id).toBe('2026-01-04');
  });

  it('keeps seven local days across DST changes (167 and 169 hours)', () => {
    const spring = weekOf(day(2026, 3, 29), 1); // DST starts Sunday 29 March 2026 in Amsterdam
    expect(spring.days[6]).toBe('2026-03-29');
    expect(spring.end - spring.start).toBe(167 * HOUR);
    const autumn = weekOf(day(2026, 10, 25), 1); // DST ends Sunday 25 October 2026
    expect(autumn.end - autumn.start).toBe(169 * HOUR);
    expect(new Date(autumn.end).getHours()).toBe(0);
    expect(shiftWeek(spring, 1).days[0]).toBe('2026-03-30');
    // A week containing a DST change, Sunday-first: starts at local midnight.
    const us = weekOf(day(2026, 3, 29), 0);
    expect(new Date(us.start).getHours()).toBe(0);
    expect(us.days[0]).toBe('2026-03-29');
  });

  it('reads the week from the hash, or falls back to this week', () => {
    const now = day(2026, 11, 18);
    expect(weekFromHash('#2026-W40', now, 1).id).toBe('2026-W40');
    expect(weekFromHash('', now, 1).id).toBe('2026-W47');
    expect(weekFromHash('#nonsense', now, 0).days[0]).toBe('2026-11-15');
    expect(weekFromHash('#2026-11-01', now, 0).id).toBe('2026-11-01');
  });
});
