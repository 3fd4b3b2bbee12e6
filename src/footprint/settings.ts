import { z } from 'zod';
import { REGION_IDS, WATER_LOCATION_IDS, type RegionId, type WaterLocationId } from './locations';
import {
  CUSTOM_FACTOR_MAX_WH,
  DEFAULT_CUSTOM_FACTORS,
  PRESET_IDS,
  type ActionKind,
  type PresetId,
} from './presets';

/**
 * The user's own energy per action, in Wh. Energy only: CO2 and water always follow from the chosen
 * region and water location, so a custom grid intensity has no place here.
 */
export interface CustomFactors {
  promptWh: number;
  imageWh: number;
  /** Energy per second of generated video. */
  videoWhPerSecond: number;
  gco2PerKwh?: never;
}

/** The custom factor for one kind of action (a video: per second). */
export function customWh(custom: CustomFactors, kind: ActionKind): number {
  if (kind === 'prompt') return custom.promptWh;
  if (kind === 'image') return custom.imageWh;
  return custom.videoWhPerSecond;
}

/** The choices the footprint maths depends on. Storage holds these; the maths never stores. */
export interface FootprintSettings {
  presetId: PresetId;
  regionId: RegionId;
  waterLocationId: WaterLocationId;
  custom: CustomFactors;
}

/** The seed report's figures in a Dutch datacenter (the default preset: docs/methodology.md#presets). */
export const DEFAULT_FOOTPRINT_SETTINGS: FootprintSettings = {
  presetId: 'dutch-report-2024',
  regionId: 'nl',
  waterLocationId: 'nl',
  custom: { ...DEFAULT_CUSTOM_FACTORS },
};

const customWhSchema = z.number().min(0).max(CUSTOM_FACTOR_MAX_WH);

/** Validates custom factors: finite (zod rejects NaN and ±Infinity), ≥ 0, ≤ CUSTOM_FACTOR_MAX_WH. */
export const customFactorsSchema = z.object({
  promptWh: customWhSchema,
  imageWh: customWhSchema,
  // Settings saved before videos were counted have no video factor: they get the default.
  videoWhPerSecond: customWhSchema.default(DEFAULT_CUSTOM_FACTORS.videoWhPerSecond),
});

/** Validates stored footprint settings; parse with it on every read from storage. */
export const footprintSettingsSchema = z.object({
  presetId: z.enum(PRESET_IDS),
  regionId: z.enum(REGION_IDS),
  waterLocationId: z.enum(WATER_LOCATION_IDS),
  custom: customFactorsSchema,
});
