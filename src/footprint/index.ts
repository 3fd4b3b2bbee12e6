/**
 * Footprint maths: pure functions over counts, no browser APIs. Factors are applied when figures are
 * shown, never stored, so changing a preset recomputes all history (docs/methodology.md).
 */
export {
  REGION_IDS,
  REGIONS,
  WATER_LOCATION_IDS,
  WATER_LOCATIONS,
  type Region,
  type RegionId,
  type WaterLocation,
  type WaterLocationId,
} from './locations';
export {
  ACTION_KINDS,
  CUSTOM_FACTOR_MAX_WH,
  DEFAULT_CUSTOM_FACTORS,
  HEAVY_REASONING,
  PRESET_IDS,
  PRESETS,
  RANGE,
  RANGE_SOURCES,
  type ActionFactors,
  type ActionKind,
  type EnergyRange,
  type Preset,
  type PresetId,
  type Source,
} from './presets';
export {
  DEFAULT_FOOTPRINT_SETTINGS,
  customFactorsSchema,
  footprintSettingsSchema,
  type CustomFactors,
  type FootprintSettings,
} from './settings';
export {
  computeFootprint,
  impactPerAction,
  type Footprint,
  type Impact,
  type SiteUsage,
} from './compute';
export {
  EQUIVALENT_UNITS,
  co2Equivalent,
  energyEquivalent,
  toEquivalent,
  waterEquivalent,
  type Equivalent,
  type EquivalentId,
  type EquivalentUnit,
} from './equivalents';
export { formatCo2, formatDistance, formatEnergy, formatNumber, formatWater } from './format';
export { reportOver2025, reportOver2025Values, type Times } from './comparison';
