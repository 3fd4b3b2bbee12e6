import {
  computeFootprint,
  type FootprintSettings,
  type Footprint,
  type SiteUsage,
} from '../footprint';

/**
 * The privacy floor: below this many members a class week shows no figures, and a site or a day
 * used by fewer members is pooled with the other small ones (docs/class-share-format.md).
 */
export const MIN_GROUP = 5;

/** Figures of the seed report's worked example: a class's school day (report §5). */
export const REPORT_SCHOOL_DAY = { prompts: 260, images: 125 } as const;

/** The seed report's own figures, whatever the teacher has chosen. */
export const REPORT_SETTINGS: FootprintSettings = {
  presetId: 'dutch-report-2024',
  regionId: 'nl',
  waterLocationId: 'nl',
  custom: { promptWh: 0, imageWh: 0 },
};

/** How many prompts or images one member made on one day on one site. */
export interface ClassCount {
  day: string;
  site: string;
  kind: 'prompt' | 'image';
  count: number;
}

/** One member's share of the week: only its counts matter here. */
export interface MemberShare {
  counts: readonly ClassCount[];
}

/** Mean and median over members. */
export interface Spread {
  mean: number;
  median: number;
}

/** A histogram bin: members who sent `from`..`to` prompts (both inclusive). */
export interface Bin {
  from: number;
  to: number;
  members: number;
}

/**
 * One row of a split (a site, a day) or, with key 'other', the pooled rows used by fewer than
 * MIN_GROUP members each. `hidden` rows (still fewer than MIN_GROUP members) show no figures.
 */
export interface SplitRow {
  key: string;
  members: number;
  prompts: number;
  images: number;
  wh: number;
  hidden: boolean;
}

export interface SchoolDay {
  /** Days of the week on which anyone in the class used AI. */
  activeDays: number;
  prompts: number;
  images: number;
  /** Under the teacher's settings. */
  wh: number;
  /** Under the report's own figures, to compare with the report's example. */
  reportWh: number;
}

export type ClassFigures =
  | { status: 'too-small'; members: number }
  | {
      status: 'ok';
      members: number;
      prompts: number;
      images: number;
      footprint: Footprint;
      perMember: { prompts: Spread; images: Spread; wh: Spread };
      histogram: Bin[];
      bySite: SplitRow[];
      byDay: SplitRow[];
      schoolDay: SchoolDay;
    };

/** Counts as the footprint maths takes them: prompts and images per site. */
function usageOf(counts: readonly ClassCount[]): SiteUsage[] {
  const bySite = new Map<string, SiteUsage>();
  for (const c of counts) {
    const row = bySite.get(c.site) ?? { site: c.site, prompts: 0, images: 0 };
    if (c.kind === 'prompt') row.prompts += c.count;
    else row.images += c.count;
    bySite.set(c.site, row);
  }
  return [...bySite.values()];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const ofKind = (counts: readonly ClassCount[], kind: ClassCount['kind']) =>
  sum(counts.filter((c) => c.kind === kind).map((c) => c.count));

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spread(values: readonly number[]): Spread {
  return { mean: values.length ? sum(values) / values.length : 0, median: median(values) };
}

/** 1, 2, 5, 10, 20, 25, 50, 100, …: the smallest such step of at least `n`. */
function niceStep(n: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2, 2.5, 5]) {
      if (step * scale >= n && Number.isInteger(step * scale)) return step * scale;
    }
  }
}

/** Prompts per member in at most about five equal bins from 0 to the largest; no names, no order. */
export function histogram(promptsPerMember: readonly number[], bins = 5): Bin[] {
  const max = Math.max(0, ...promptsPerMember);
  const step = niceStep(Math.ceil((max + 1) / bins));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => {
    const from = i * step;
    const to = from + step - 1;
    return { from, to, members: promptsPerMember.filter((n) => n >= from && n <= to).length };
  });
}

/**
 * Splits the class's counts by `keyOf` (site, day). Rows used by fewer than MIN_GROUP members are
 * pooled into one 'other' row, hidden too when the pool still has fewer than MIN_GROUP members: no
 * row shows what one member or a handful did.
 */
export function split(
  members: readonly MemberShare[],
  keyOf: (c: ClassCount) => string,
  settings: FootprintSettings,
  /** Order rows by key (days: by date) rather than by energy, largest first (sites). */
  byKey = false,
): SplitRow[] {
  const rows = new Map<string, { who: Set<number>; counts: ClassCount[] }>();
  members.forEach((member, i) => {
    for (const c of member.counts) {
      const row = rows.get(keyOf(c)) ?? { who: new Set<number>(), counts: [] };
      row.who.add(i);
      row.counts.push(c);
      rows.set(keyOf(c), row);
    }
  });
  const figures = (key: string, who: Set<number>, counts: ClassCount[]): SplitRow => ({
    key,
    members: who.size,
    prompts: ofKind(counts, 'prompt'),
    images: ofKind(counts, 'image'),
    wh: computeFootprint(usageOf(counts), settings).wh,
    hidden: who.size < MIN_GROUP,
  });
  const shown: SplitRow[] = [];
  const pooled = { who: new Set<number>(), counts: [] as ClassCount[] };
  for (const [key, row] of rows) {
    if (row.who.size >= MIN_GROUP) shown.push(figures(key, row.who, row.counts));
    else {
      row.who.forEach((i) => pooled.who.add(i));
      pooled.counts.push(...row.counts);
    }
  }
  shown.sort((a, b) => (byKey ? 0 : b.wh - a.wh) || a.key.localeCompare(b.key));
  if (pooled.counts.length > 0) shown.push(figures('other', pooled.who, pooled.counts));
  return shown;
}

/**
 * Everything the class page shows for one class and week, from its members' shares and the
 * teacher's settings; only the floor's reason below MIN_GROUP members.
 */
export function classFigures(
  members: readonly MemberShare[],
  settings: FootprintSettings,
): ClassFigures {
  if (members.length < MIN_GROUP) return { status: 'too-small', members: members.length };
  const all = members.flatMap((m) => m.counts);
  const footprint = computeFootprint(usageOf(all), settings);
  const prompts = members.map((m) => ofKind(m.counts, 'prompt'));
  const images = members.map((m) => ofKind(m.counts, 'image'));
  const wh = members.map((m) => computeFootprint(usageOf(m.counts), settings).wh);
  const activeDays = new Set(all.map((c) => c.day)).size;
  const perDay = (n: number) => (activeDays ? n / activeDays : 0);
  const reportWh = computeFootprint(usageOf(all), REPORT_SETTINGS).wh;
  return {
    status: 'ok',
    members: members.length,
    prompts: sum(prompts),
    images: sum(images),
    footprint,
    perMember: { prompts: spread(prompts), images: spread(images), wh: spread(wh) },
    histogram: histogram(prompts),
    bySite: split(members, (c) => c.site, settings),
    byDay: split(members, (c) => c.day, settings, true),
    schoolDay: {
      activeDays,
      prompts: perDay(sum(prompts)),
      images: perDay(sum(images)),
      wh: perDay(footprint.wh),
      reportWh: perDay(reportWh),
    },
  };
}
