import { describe, expect, it } from 'vitest';
import {
  classFigures,
  histogram,
  median,
  MIN_GROUP,
  REPORT_SETTINGS,
  split,
  type ClassCount,
  type MemberShare,
} from '../../../src/class/figures';
import { DEFAULT_FOOTPRINT_SETTINGS, type FootprintSettings } from '../../../src/footprint';

const MON = '2026-11-30';
const TUE = '2026-12-01';
const SAT = '2026-12-05';
const c = (day: string, count: number, site = 'chatgpt', kind: ClassCount['kind'] = 'prompt') => ({
  day,
  site,
  kind,
  count,
});
const member = (...counts: ClassCount[]): MemberShare => ({ counts });
const settings = DEFAULT_FOOTPRINT_SETTINGS; // the report's preset in NL: 4 Wh / 8.5 Wh

/** Six members; one also generates images on Gemini; one works on Saturday. */
const CLASS: MemberShare[] = [
  member(c(MON, 2)),
  member(c(MON, 4), c(TUE, 4)),
  member(c(MON, 6)),
  member(c(TUE, 10), c(TUE, 3, 'gemini', 'image')),
  member(c(MON, 1), c(TUE, 1)),
  member(c(TUE, 5), c(SAT, 7)),
];

describe('the privacy floor', () => {
  it(`shows nothing below ${MIN_GROUP} members, only how many there are`, () => {
    expect(MIN_GROUP).toBe(5);
    expect(classFigures(CLASS.slice(0, 4), settings)).toEqual({ status: 'too-small', members: 4 });
    expect(classFigures([], settings)).toEqual({ status: 'too-small', members: 0 });
    expect(classFigures(CLASS.slice(0, 5), settings).status).toBe('ok');
  });

  it('pools sites and days used by fewer than 5 members, and hides a pool still below 5', () => {
    const f = classFigures(CLASS, settings);
    if (f.status !== 'ok') throw new Error('expected figures');
    // ChatGPT: all six. Gemini: one member, pooled and hidden.
    expect(f.bySite.map((r) => [r.key, r.members, r.hidden])).toEqual([
      ['chatgpt', 6, false],
      ['other', 1, true],
    ]);
    // Monday 4 members, Tuesday 4, Saturday 1: all pooled; the pool has all 6 members.
    expect(f.byDay.map((r) => [r.key, r.members, r.hidden])).toEqual([['other', 6, false]]);
  });

  it('orders shown days by date and sites by energy', () => {
    const many = Array.from({ length: 5 }, () =>
      member(c(TUE, 1), c(MON, 1), c(MON, 1, 'gemini', 'image')),
    );
    expect(split(many, (x) => x.day, settings, true).map((r) => r.key)).toEqual([MON, TUE]);
    expect(split(many, (x) => x.site, settings).map((r) => [r.key, r.wh])).toEqual(
      [
        ['chatgpt', 8 * 5],
        ['gemini', 8.5 * 5],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
  });
});

describe('class figures from fixed inputs (Dutch report preset, NL)', () => {
  const f = classFigures(CLASS, settings);
  if (f.status !== 'ok') throw new Error('expected figures');

  it('members, prompts, images', () => {
    expect(f.members).toBe(6);
    expect(f.prompts).toBe(2 + 8 + 6 + 10 + 2 + 12);
    expect(f.images).toBe(3);
  });

  it('energy, CO₂ and water with range: 40 prompts × 4 Wh + 3 images × 8.5 Wh', () => {
    expect(f.footprint.wh).toBeCloseTo(40 * 4 + 3 * 8.5, 9);
    expect(f.footprint.gco2).toBeCloseTo(40 * 1 + 3 * 2.1, 9);
    expect(f.footprint.ml).toBeCloseTo(40 * 16 + 3 * 34, 9);
    expect(f.footprint.low.wh).toBeLessThan(f.footprint.wh);
    expect(f.footprint.high.wh).toBeGreaterThan(f.footprint.low.wh);
  });

  it('average and median per member', () => {
    expect(f.perMember.prompts).toEqual({ mean: 40 / 6, median: (6 + 8) / 2 });
    expect(f.perMember.images).toEqual({ mean: 0.5, median: 0 });
    // Members' Wh: 8, 32, 24, 65.5, 8, 48 → sorted 8, 8, 24, 32, 48, 65.5.
    expect(f.perMember.wh.mean).toBeCloseTo(185.5 / 6, 9);
    expect(f.perMember.wh.median).toBe(28);
  });

  it('a histogram of prompts per member without names', () => {
    // Prompts per member: 2, 8, 6, 10, 2, 12; max 12 → step 5 (13 / 5 rounded up to a nice step).
    expect(f.histogram).toEqual([
      { from: 0, to: 4, members: 2 },
      { from: 5, to: 9, members: 2 },
      { from: 10, to: 14, members: 2 },
    ]);
    expect(f.histogram.reduce((n, b) => n + b.members, 0)).toBe(6);
  });

  it('a school day: the week over the 3 days with use, beside the report’s', () => {
    expect(f.schoolDay.activeDays).toBe(3);
    expect(f.schoolDay.prompts).toBeCloseTo(40 / 3, 9);
    expect(f.schoolDay.images).toBe(1);
    expect(f.schoolDay.wh).toBeCloseTo(185.5 / 3, 9);
    expect(f.schoolDay.reportWh).toBeCloseTo(185.5 / 3, 9);
  });

  it('follows the teacher’s preset and location; the report comparison keeps the report’s', () => {
    const lower: FootprintSettings = { ...settings, presetId: 'disclosures-2025', regionId: 'fr' };
    const g = classFigures(CLASS, lower);
    if (g.status !== 'ok') throw new Error('expected figures');
    expect(g.footprint.wh).toBeCloseTo(40 * 0.34 + 3 * 2.9, 9);
    expect(g.schoolDay.wh).toBeCloseTo(g.footprint.wh / 3, 9);
    expect(g.schoolDay.reportWh).toBeCloseTo(185.5 / 3, 9);
    expect(REPORT_SETTINGS.presetId).toBe('dutch-report-2024');
  });

  it('the report’s worked example itself: 260 prompts + 125 images = 2,102.5 Wh', () => {
    const day = [member(c(MON, 260), c(MON, 125, 'chatgpt', 'image'))];
    const five = [...day, ...Array.from({ length: 4 }, () => member())];
    const g = classFigures(five, settings);
    if (g.status !== 'ok') throw new Error('expected figures');
    expect(g.footprint.wh).toBeCloseTo(2102.5, 9);
    expect(g.schoolDay.wh).toBeCloseTo(2102.5, 9);
  });
});

describe('helpers', () => {
  it('median of odd, even and no values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('histogram steps are nice and cover the largest', () => {
    expect(histogram([0, 0, 0, 0, 0])).toEqual([{ from: 0, to: 0, members: 5 }]);
    expect(histogram([1, 2, 3, 4, 4]).map((b) => b.to)).toEqual([0, 1, 2, 3, 4]);
    expect(histogram([0, 100, 40, 41, 99]).map((b) => [b.from, b.members])).toEqual([
      [0, 1],
      [25, 2],
      [50, 0],
      [75, 1],
      [100, 1],
    ]);
  });
});
