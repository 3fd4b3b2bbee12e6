import type { Language } from '../i18n/messages';

/**
 * Where the datacenter is: grid carbon intensity (CO2) and water intensity. Every figure is in
 * docs/methodology.md; change them only together with that page.
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

/**
 * Ember's yearly electricity data for 2024: life-cycle emissions per kWh generated, as CO2.js ships
 * them (@tgwf/co2 0.19.0, data/output/average-intensities.json, every row used here dated 2024).
 * One basis for every region, so that regions compare; two exceptions, each said in its note.
 */
const EMBER_2024: LocalizedSource = {
  en: 'Ember 2024 (life-cycle emissions)',
  nl: 'Ember 2024 (levenscyclusemissies)',
};

/** A region on the common basis. */
const ember = (gco2PerKwh: number): Region => ({ gco2PerKwh, source: EMBER_2024 });

/** A region whose figure needs its own note, in each UI language. */
const region = (gco2PerKwh: number, en: string, nl: string): Region => ({
  gco2PerKwh,
  source: { en, nl },
});

/** Grid carbon intensity per region (docs/methodology.md, "Grid regions"). */
export const REGIONS: Readonly<Record<RegionId, Region>> = {
  // The seed report's own assumption, kept so that its school-day table reproduces; not CBS data.
  nl: region(
    250,
    'Milieu-impact van AI in het onderwijs 2024, the figure the report assumes; Ember 2024 (life-cycle emissions): 252.7',
    'Milieu-impact van AI in het onderwijs (2024), het cijfer waarvan het rapport uitgaat; Ember 2024 (levenscyclusemissies): 252,7',
  ),
  be: ember(117.6),
  fr: ember(44.2),
  de: ember(342.1),
  ie: ember(279.8),
  // CO2.js ships Ember's countries, not US states: EIA's state figure, which counts combustion only.
  'us-va': region(
    269,
    'EIA 2023: 594 lbs/MWh, combustion only (the Ember data used here has no US states)',
    'EIA 2023: 594 lbs/MWh, alleen verbranding (de gebruikte Ember-gegevens hebben geen cijfers per Amerikaanse staat)',
  ),
  us: ember(383.6),
  sg: ember(498.7),
  eu: ember(213),
  world: ember(472.9),
};

// Li et al. give mL per inference of 0.004 kWh (4 Wh); mlPerWh is that figure divided by 4.
const LI = 'Li et al. 2023, "Making AI Less Thirsty" (arXiv 2304.03271)';
const fromLi = (mlPerInference: number): LocalizedSource => ({
  en: `${LI}: ${mlPerInference.toLocaleString('en', { minimumFractionDigits: 1 })} mL per 4 Wh inference`,
  nl: `${LI}: ${mlPerInference.toLocaleString('nl', { minimumFractionDigits: 1 })} ml per antwoord van 4 Wh`,
});

/** Water intensity per location (docs/methodology.md, "Water locations"). */
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
