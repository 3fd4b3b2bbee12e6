import {
  computeFootprint,
  impactPerAction,
  type ActionKind,
  type Footprint,
  type FootprintSettings,
  type Impact,
} from '../../footprint';
import { MODES } from '../../domain/model-mode';
import {
  countedActions,
  footprintUnits,
  summarize,
  withModes,
  type UsageSummary,
} from '../../storage/events';
import type { DayRollup, ModeDayRollup } from '../../storage/schema';
import type { Week } from '../../storage/weeks';

/** What a chart bar measures. */
export type Metric = 'count' | 'wh' | 'gco2' | 'ml';
/** How the bars are split. */
export type Stacking = 'site' | 'kind' | 'mode';

/** One stack segment across the seven days. */
export interface Series {
  /** A site id, 'prompt' / 'image' / 'video', or a mode (with 'image' and 'video' for the rest). */
  key: string;
  values: number[];
}

export interface WeekSummary {
  usage: UsageSummary;
  footprint: Footprint;
  /** Per day (in week order): counts and footprint. */
  days: { day: string; prompts: number; images: number; videos: number; impact: Impact }[];
  /** Change in prompts + images + videos vs the previous week, in %; null when that week had none. */
  changePct: number | null;
  previous: UsageSummary;
  previousFootprint: Footprint;
  /** 0–23, the local hour with most events; null for an empty week. */
  busiestHour: number | null;
  hours: number[];
}

function value(row: DayRollup, metric: Metric, settings: FootprintSettings): number {
  if (metric === 'count') return row.count;
  return impactPerAction(row.kind as ActionKind, row.site, settings)[metric] * footprintUnits(row);
}

/** Prompts of one mode on one site: costed as the preset costs that mode (only per-model-2026 differs). */
function modeValue(row: ModeDayRollup, metric: Metric, settings: FootprintSettings): number {
  if (metric === 'count') return row.count;
  const usage = {
    site: row.site,
    prompts: row.count,
    images: 0,
    promptsByMode: { [row.mode]: row.count },
  };
  return computeFootprint([usage], settings)[metric];
}

/** By mode: the prompts of each mode the week has (in MODES order), then the images and videos. */
function modeSeries(
  index: Map<string, number>,
  rows: readonly DayRollup[],
  modeRows: readonly ModeDayRollup[],
  metric: Metric,
  settings: FootprintSettings,
): Series[] {
  const byKey = new Map<string, Series>();
  const add = (key: string, day: string, n: number) => {
    const i = index.get(day);
    if (i === undefined) return;
    const series = byKey.get(key) ?? { key, values: new Array<number>(7).fill(0) };
    series.values[i]! += n;
    byKey.set(key, series);
  };
  for (const row of modeRows) add(row.mode, row.day, modeValue(row, metric, settings));
  for (const row of rows)
    if (row.kind !== 'prompt') add(row.kind, row.day, value(row, metric, settings));
  // A mode row can be at zero (its send was relabelled): only the modes the week has show.
  return [...MODES, 'image', 'video'].flatMap((key) => {
    const series = byKey.get(key);
    return series && series.values.some((v) => v !== 0) ? [series] : [];
  });
}

/** The chart's data: one series per site (most used first), per kind or per mode, one value per day. */
export function chartSeries(
  week: Week,
  rows: readonly DayRollup[],
  stacking: Stacking,
  metric: Metric,
  settings: FootprintSettings,
  modeRows: readonly ModeDayRollup[] = [],
): Series[] {
  const index = new Map(week.days.map((d, i) => [d, i]));
  if (stacking === 'mode') return modeSeries(index, rows, modeRows, metric, settings);
  const byKey = new Map<string, Series>();
  const keys =
    stacking === 'kind' ? ['prompt', 'image', 'video'] : summarize(rows).bySite.map((s) => s.site);
  for (const key of keys) byKey.set(key, { key, values: new Array<number>(7).fill(0) });
  for (const row of rows) {
    const i = index.get(row.day);
    if (i === undefined) continue;
    const series = byKey.get(stacking === 'kind' ? row.kind : row.site)!;
    series.values[i]! += value(row, metric, settings);
  }
  return [...byKey.values()];
}

/**
 * Everything the weekly page shows, from the week's and the previous week's rollups; `modeRows`
 * (both weeks' prompts per mode) cost the prompts as the preset costs each mode.
 */
export function summarizeWeek(
  week: Week,
  rows: readonly DayRollup[],
  previousRows: readonly DayRollup[],
  eventTimes: readonly number[],
  settings: FootprintSettings,
  modeRows: readonly ModeDayRollup[] = [],
): WeekSummary {
  const inWeek = rows.filter((r) => week.days.includes(r.day));
  const modesInWeek = modeRows.filter((r) => week.days.includes(r.day));
  const usage = withModes(summarize(inWeek), modesInWeek);
  const previous = withModes(
    summarize(previousRows),
    modeRows.filter((r) => r.day < week.days[0]!),
  );
  const total = countedActions(usage);
  const before = countedActions(previous);
  const hours = new Array<number>(24).fill(0);
  for (const at of eventTimes) {
    if (at >= week.start && at < week.end) hours[new Date(at).getHours()]!++;
  }
  const max = Math.max(...hours);
  return {
    usage,
    footprint: computeFootprint(usage.bySite, settings),
    days: week.days.map((day) => {
      const dayRows = inWeek.filter((r) => r.day === day);
      const s = withModes(
        summarize(dayRows),
        modesInWeek.filter((r) => r.day === day),
      );
      const f = computeFootprint(s.bySite, settings);
      return {
        day,
        prompts: s.prompts,
        images: s.images,
        videos: s.videos,
        impact: { wh: f.wh, gco2: f.gco2, ml: f.ml },
      };
    }),
    changePct: before === 0 ? null : ((total - before) / before) * 100,
    previous,
    previousFootprint: computeFootprint(previous.bySite, settings),
    busiestHour: max > 0 ? hours.indexOf(max) : null,
    hours,
  };
}

/** A weekly budget is kept in the badge metric's unit; the week's figure in that unit. */
export function budgetUsed(summary: WeekSummary, metric: 'count' | 'wh' | 'co2'): number {
  if (metric === 'count') return countedActions(summary.usage);
  return metric === 'wh' ? summary.footprint.wh : summary.footprint.gco2;
}
