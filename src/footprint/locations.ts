import type { Language } from '../i18n/messages';

/**
 * Where the datacenter is: grid carbon intensity (CO2) and water intensity. Every figure is from
 * docs/methodology.md#grid-regions and #water-locations; change them only together with that page.
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

/** A citation with the note that goes with it, in each UI language (numbers written its way). */
export type LocalizedSource = Readonly<Record<Language, string>>;

/** A citation that reads the same in every language (a name and a year). */
const cited = (citation: string): LocalizedSource => ({ en: citation, nl: citation });

export interface Region {
  /** Grams of CO2 per kWh of electricity used in this region. */
  gco2PerKwh: number;
  source: LocalizedSource;
}

export interface WaterLocation {
  /** Millilitres of water per Wh: on-site cooling plus water used to generate the electricity. */
  mlPerWh: number;
  source: LocalizedSource;
}

/** Grid carbon intensity per region (docs/methodology.md#grid-regions). */
export const REGIONS: Readonly<Record<RegionId, Region>> = {
  nl: {
    gco2PerKwh: 250,
    source: {
      en: 'Dutch education report 2024 (CBS-based); Ember 2024: 252.7',
      nl: 'Nederlands onderwijsrapport 2024 (op basis van CBS); Ember 2024: 252,7',
    },
  },
  be: { gco2PerKwh: 117.6, source: cited('Ember 2024') },
  fr: {
    gco2PerKwh: 57,
    source: {
      en: 'Dutch education report 2024 (where BLOOM was trained); Ember 2024: 44.2',
      nl: 'Nederlands onderwijsrapport 2024 (waar BLOOM getraind is); Ember 2024: 44,2',
    },
  },
  de: { gco2PerKwh: 342.1, source: cited('Ember 2024') },
  // A datacenter draws from the grid, imports included: the demand-based figure fits, not 291.
  ie: {
    gco2PerKwh: 234,
    source: {
      en: 'Climate Change Advisory Council 2024 (demand; generation-based: 291)',
      nl: 'Climate Change Advisory Council 2024 (verbruik; op basis van opwekking: 291)',
    },
  },
  'us-va': { gco2PerKwh: 269, source: cited('EIA 2023 (594 lbs/MWh)') },
  us: {
    gco2PerKwh: 429,
    source: {
      en: 'Dutch education report 2024; Ember 2024: 383.6',
      nl: 'Nederlands onderwijsrapport 2024; Ember 2024: 383,6',
    },
  },
  sg: { gco2PerKwh: 412, source: cited('Energy Market Authority 2023') },
  eu: { gco2PerKwh: 213, source: cited('Ember 2024') },
  world: { gco2PerKwh: 445, source: cited('IEA 2024') },
};

// Li et al. give mL per inference of 0.004 kWh (4 Wh); mlPerWh is that figure divided by 4.
const LI = 'Li et al. 2023, "Making AI Less Thirsty" (arXiv 2304.03271)';
const fromLi = (mlPerInference: number): LocalizedSource => ({
  en: `${LI}: ${mlPerInference.toLocaleString('en', { minimumFractionDigits: 1 })} mL per 4 Wh inference`,
  nl: `${LI}: ${mlPerInference.toLocaleString('nl', { minimumFractionDigits: 1 })} ml per antwoord van 4 Wh`,
});

/** Water intensity per location (docs/methodology.md#water-locations). */
export const WATER_LOCATIONS: Readonly<Record<WaterLocationId, WaterLocation>> = {
  us: { mlPerWh: 4.225, source: fromLi(16.9) },
  'us-az': { mlPerWh: 7.475, source: fromLi(29.9) },
  'us-va': { mlPerWh: 2.85, source: fromLi(11.4) },
  'us-ia': { mlPerWh: 3.75, source: fromLi(15.0) },
  ie: { mlPerWh: 1.775, source: fromLi(7.1) },
  nl: { mlPerWh: 3.975, source: fromLi(15.9) },
  fi: { mlPerWh: 5.1, source: fromLi(20.4) },
  in: { mlPerWh: 4.925, source: fromLi(19.7) },
};
