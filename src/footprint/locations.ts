/**
 * Where the datacenter is: grid carbon intensity (CO2) and water intensity. Every figure is from
 * METHODOLOGY.md §3; change them only together with that page.
 */

/** Grid regions, in the order the options page lists them. */
export const REGION_IDS = [
  'nl',
  'be',
  'fr',
  'de',
  'ie',
  'us-va',
  'us',
  'sg',
  'eu',
  'world',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Water locations, in the order the options page lists them. */
export const WATER_LOCATION_IDS = [
  'us',
  'us-az',
  'us-va',
  'us-ia',
  'ie',
  'nl',
  'fi',
  'in',
] as const;
export type WaterLocationId = (typeof WATER_LOCATION_IDS)[number];

export interface Region {
  /** Grams of CO2 per kWh of electricity used in this region. */
  gco2PerKwh: number;
  source: string;
}

export interface WaterLocation {
  /** Millilitres of water per Wh: on-site cooling plus water used to generate the electricity. */
  mlPerWh: number;
  source: string;
}

/** Grid carbon intensity per region (METHODOLOGY §3). */
export const REGIONS: Readonly<Record<RegionId, Region>> = {
  nl: { gco2PerKwh: 250, source: 'Seed report (CBS-based); Ember 2024: 252.7' },
  be: { gco2PerKwh: 117.6, source: 'Ember 2024' },
  fr: { gco2PerKwh: 57, source: 'Seed report (BLOOM training location); Ember 2024: 44.2' },
  de: { gco2PerKwh: 342.1, source: 'Ember 2024' },
  // A datacenter draws from the grid, imports included: the demand-based figure fits, not 291.
  ie: {
    gco2PerKwh: 234,
    source: 'Climate Change Advisory Council 2024 (demand; generation-based: 291)',
  },
  'us-va': { gco2PerKwh: 269, source: 'EIA 2023 (594 lbs/MWh)' },
  us: { gco2PerKwh: 429, source: 'Seed report; Ember 2024: 383.6' },
  sg: { gco2PerKwh: 412, source: 'Energy Market Authority 2023' },
  eu: { gco2PerKwh: 213, source: 'Ember 2024' },
  world: { gco2PerKwh: 445, source: 'IEA 2024' },
};

// Li et al. give mL per inference of 0.004 kWh (4 Wh); mlPerWh is that figure divided by 4.
const LI = 'Li et al. 2023, "Making AI Less Thirsty" (arXiv 2304.03271)';

/** Water intensity per location (METHODOLOGY §3). */
export const WATER_LOCATIONS: Readonly<Record<WaterLocationId, WaterLocation>> = {
  us: { mlPerWh: 4.225, source: `${LI}: 16.9 mL per 4 Wh inference` },
  'us-az': { mlPerWh: 7.475, source: `${LI}: 29.9 mL per 4 Wh inference` },
  'us-va': { mlPerWh: 2.85, source: `${LI}: 11.4 mL per 4 Wh inference` },
  'us-ia': { mlPerWh: 3.75, source: `${LI}: 15.0 mL per 4 Wh inference` },
  ie: { mlPerWh: 1.775, source: `${LI}: 7.1 mL per 4 Wh inference` },
  nl: { mlPerWh: 3.975, source: `${LI}: 15.9 mL per 4 Wh inference` },
  fi: { mlPerWh: 5.1, source: `${LI}: 20.4 mL per 4 Wh inference` },
  in: { mlPerWh: 4.925, source: `${LI}: 19.7 mL per 4 Wh inference` },
};
