import { z } from 'zod';
import { REGION_IDS, WATER_LOCATION_IDS, type RegionId, type WaterLocationId } from './locations';
import { CUSTOM_FACTOR_MAX_WH, DEFAULT_CUSTOM_FACTORS, PRESET_IDS, type PresetId } from './presets';

/**
 * The user's own energy per action, in Wh. Energy only: CO2 and water always follow from the chosen
 * region and water location, so a custom grid intensity has no place here.
 */
export interface CustomFactors {
  promptWh: number;
  imageWh: number;
  gco2PerKwh?: never;
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

const customWh = z.number().min(0).max(CUSTOM_FACTOR_MAX_WH);

/** Validates custom factors: finite (zod rejects NaN and ±Infinity), ≥ 0, ≤ CUSTOM_FACTOR_MAX_WH. */
export const customFactorsSchema = z.object({ promptWh: customWh, imageWh: customWh });

/** Validates stored footprint settings; parse with it on every read from storage. */
export const footprintSettingsSchema = z.object({
  presetId: z.enum(PRESET_IDS),
  regionId: z.enum(REGION_IDS),
  waterLocationId: z.enum(WATER_LOCATION_IDS),
  custom: customFactorsSchema,
});
