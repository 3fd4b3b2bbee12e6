import { REGIONS, WATER_LOCATIONS, type Region, type WaterLocation } from './locations';
import { MODE_FIGURES, PROMPT_MODES as MODES, type Mode } from './per-mode';
import {
  ACTION_KINDS,
  PRESETS,
  RANGE,
  type ActionKind,
  type EnergyRange,
  type Preset,
} from './presets';
import { customWh, DEFAULT_FOOTPRINT_SETTINGS, type FootprintSettings } from './settings';

/**
 * Counts of one site over some period, as the storage queries return them. Videos cost by their
 * seconds of footage; a usage without them (older callers) has none.
 */
export interface SiteUsage {
  site: string;
  prompts: number;
  images: number;
  videos?: number;
  videoSeconds?: number;
  /**
   * The prompts split by mode, where counted (their sum is `prompts`). Only the `per-model-2026`
   * preset reads it; prompts it does not cover count as `unknown`.
   */
  promptsByMode?: Partial<Record<Mode, number>>;
}

/** How many units of `kind` a usage row holds: prompts, images, or seconds of video. */
function units(row: SiteUsage, kind: ActionKind): number {
  if (kind === 'prompt') return row.prompts;
  if (kind === 'image') return row.images;
  return row.videoSeconds ?? 0;
}

/** Energy in Wh, CO2 in grams, water in millilitres. */
export interface Impact {
  wh: number;
  gco2: number;
  ml: number;
}

/**
 * The central estimate under the chosen preset, with a low–high range that always contains it:
 * RANGE per action, widened to the preset's own figure where that lies outside.
 */
export interface Footprint extends Impact {
  low: Impact;
  high: Impact;
}

/**
 * A count or a factor that cannot be trusted (negative, NaN, ±Infinity) counts as 0, so that one
 * corrupt row can never turn every total into NaN. Fractions are kept as given.
 */
function sane(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function siteWh(preset: Preset, kind: ActionKind, site: string, settings: FootprintSettings) {
  if (preset.id === 'custom') return sane(customWh(settings.custom, kind));
  const factors = preset.factors[kind];
  // hasOwn: a site id such as "constructor" must not pick up an Object.prototype member.
  const bySite = factors.whBySite;
  return bySite && Object.hasOwn(bySite, site) ? (bySite[site] ?? factors.wh) : factors.wh;
}

// Settings come from storage parsed by zod; an unknown id still falls back to the default rather
// than producing NaN in the popup.
function resolve(settings: FootprintSettings) {
  const d = DEFAULT_FOOTPRINT_SETTINGS;
  return {
    preset: PRESETS[settings.presetId] ?? PRESETS[d.presetId],
    region: REGIONS[settings.regionId] ?? REGIONS[d.regionId],
    water: WATER_LOCATIONS[settings.waterLocationId] ?? WATER_LOCATIONS[d.waterLocationId],
  };
}

/** CO2 and water of an amount of energy, at the given region and water location. */
function fromEnergy(wh: number, region: Region, water: WaterLocation): Impact {
  return { wh, gco2: (wh / 1000) * region.gco2PerKwh, ml: wh * water.mlPerWh };
}

/** What one action of `kind` on `site` costs under the settings (a video: one second of it). */
export function impactPerAction(
  kind: ActionKind,
  site: string,
  settings: FootprintSettings,
): Impact {
  const { preset, region, water } = resolve(settings);
  const wh = siteWh(preset, kind, site, settings);
  const impact = fromEnergy(wh, region, water);
  const stated = preset.factors[kind];
  const ref = preset.reference;
  if (ref) {
    // The preset's own figures hold where it measured them; elsewhere scale by intensity ratio.
    if (stated.gco2 !== undefined) {
      impact.gco2 = stated.gco2 * (region.gco2PerKwh / REGIONS[ref.regionId].gco2PerKwh);
    }
    if (stated.ml !== undefined) {
      impact.ml = stated.ml * (water.mlPerWh / WATER_LOCATIONS[ref.waterLocationId].mlPerWh);
    }
  }
  return impact;
}

/** Per metric, the smaller (or larger) of two impacts. */
function pick(a: Impact, b: Impact, choose: (x: number, y: number) => number): Impact {
  return { wh: choose(a.wh, b.wh), gco2: choose(a.gco2, b.gco2), ml: choose(a.ml, b.ml) };
}

function add(into: Impact, impact: Impact, times: number): void {
  into.wh += impact.wh * times;
  into.gco2 += impact.gco2 * times;
  into.ml += impact.ml * times;
}

/**
 * What `count` prompts in `mode` on `site` add under the `per-model-2026` preset: the mode's figure
 * (a site's own published standard figure where there is one) and the mode's own low–high range.
 */
function addModePrompts(
  totals: { central: Impact; low: Impact; high: Impact },
  site: string,
  mode: Mode,
  count: number,
  settings: FootprintSettings,
): void {
  const { region, water } = resolve(settings);
  const figure = MODE_FIGURES[mode];
  const wh =
    mode === 'standard' || mode === 'unknown'
      ? siteWh(PRESETS['per-model-2026'], 'prompt', site, settings)
      : figure.wh;
  add(totals.central, fromEnergy(wh, region, water), count);
  add(totals.low, fromEnergy(figure.lowWh, region, water), count);
  add(totals.high, fromEnergy(figure.highWh, region, water), count);
}

/** A site's prompts per mode, the uncounted rest as `unknown`. */
function promptModes(row: SiteUsage): [Mode, number][] {
  const split = MODES.filter((m) => m !== 'unknown').map((m): [Mode, number] => [
    m,
    sane(row.promptsByMode?.[m] ?? 0),
  ]);
  const known = split.reduce((n, [, c]) => n + c, 0);
  return [...split, ['unknown', Math.max(0, sane(row.prompts) - known)]];
}

/**
 * The footprint of some usage: Σ count × factor(preset, kind, site) (a video's count is its seconds
 * of footage, its factor per second), then CO2 and water for the chosen region and water location
 * (docs/methodology.md#how-a-footprint-is-computed); under `per-model-2026`, prompts per mode.
 * Negative or non-finite counts count as 0.
 */
export function computeFootprint(
  usage: readonly SiteUsage[],
  settings: FootprintSettings,
): Footprint {
  const { region, water } = resolve(settings);
  const central: Impact = { wh: 0, gco2: 0, ml: 0 };
  const low: Impact = { wh: 0, gco2: 0, ml: 0 };
  const high: Impact = { wh: 0, gco2: 0, ml: 0 };
  const per = (pick: keyof EnergyRange) =>
    Object.fromEntries(
      ACTION_KINDS.map((kind) => [kind, fromEnergy(RANGE[kind][pick], region, water)]),
    ) as Record<ActionKind, Impact>;
  const lowPer = per('lowWh');
  const highPer = per('highWh');
  const perMode = settings.presetId === 'per-model-2026';
  for (const row of usage) {
    if (perMode) {
      for (const [mode, count] of promptModes(row)) {
        if (count > 0) addModePrompts({ central, low, high }, row.site, mode, count, settings);
      }
    }
    for (const kind of ACTION_KINDS) {
      if (perMode && kind === 'prompt') continue;
      const count = sane(units(row, kind));
      if (count === 0) continue;
      const each = impactPerAction(kind, row.site, settings);
      add(central, each, count);
      // The Dutch report's rounded 16 ml lies above the 15.9 ml its 4 Wh gives: keep it inside.
      add(low, pick(lowPer[kind], each, Math.min), count);
      add(high, pick(highPer[kind], each, Math.max), count);
    }
  }
  return { ...central, low, high };
}
