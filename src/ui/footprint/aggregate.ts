import {
  computeFootprint,
  impactPerAction,
  type ActionKind,
  type Footprint,
  type FootprintSettings,
  type Impact,
} from '../../footprint';
import { countedActions, footprintUnits, summarize, type UsageSummary } from '../../storage/events';
import type { DayRollup } from '../../storage/schema';
import type { Week } from '../../storage/weeks';

/** What a chart bar measures. */
export type Metric = 'count' | 'wh' | 'gco2' | 'ml';
/** How the bars are split. */
export type Stacking = 'site' | 'kind';

/** One stack segment across the seven days. */
export interface Series {
  /** A site id, or 'prompt' / 'image' / 'video'. */
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

/** The chart's data: one series per site (most used first) or per kind, one value per day. */
export function chartSeries(
  week: Week,
  rows: readonly DayRollup[],
  stacking: Stacking,
  metric: Metric,
  settings: FootprintSettings,
): Series[] {
  const index = new Map(week.days.map((d, i) => [d, i]));
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

/** Everything the weekly page shows, from the week's and the previous week's rollups. */
export function summarizeWeek(
  week: Week,
  rows: readonly DayRollup[],
  previousRows: readonly DayRollup[],
  eventTimes: readonly number[],
  settings: FootprintSettings,
): WeekSummary {
  const inWeek = rows.filter((r) => week.days.includes(r.day));
  const usage = summarize(inWeek);
  const previous = summarize(previousRows);
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
      const s = summarize(dayRows);
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
