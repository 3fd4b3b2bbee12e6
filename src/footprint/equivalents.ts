/**
 * Everyday equivalents, most from the seed report's Appendix E (docs/methodology.md, "Everyday
 * equivalents"); each carries its own source and date. Each picker chooses the
 * equivalent whose unit fits the size of the figure, so the UI never says "0.0001 km".
 */

export type EquivalentId =
  | 'phone-charges'
  | 'whiteboard-hours'
  | 'car-km'
  | 'drinking-water-people'
  | 'glasses-of-water'
  | 'household-day-share'
  | 'google-searches';

/**
 * `amount` is in the unit the id names: charges, hours, km (the UI may show metres), people,
 * glasses, household-days (0.5 = half of one household's daily electricity; above 1 = that many
 * days), searches.
 */
export interface Equivalent {
  id: EquivalentId;
  amount: number;
}

export interface EquivalentUnit {
  /** Which figure the equivalent converts. */
  of: 'wh' | 'gco2' | 'ml';
  /** How much of that figure one unit of the equivalent is. */
  size: number;
  source: string;
}

const HOUSEHOLD_KWH_PER_YEAR = 2500;

/** One unit of each equivalent, in Wh, g CO2 or ml. */
export const EQUIVALENT_UNITS: Readonly<Record<EquivalentId, EquivalentUnit>> = {
  // Google's own 2009 figure ("Powering a Google search"), quoted by de Vries in 2023; no newer
  // figure per search has been published.
  'google-searches': {
    of: 'wh',
    size: 0.3,
    source: 'Google 2009, as quoted by de Vries, Joule 2023: 0.3 Wh per search',
  },
  'phone-charges': { of: 'wh', size: 13, source: 'ANWB: iPhone 14 Pro charge, 13 Wh' },
  // A 142 W whiteboard uses 142 Wh in one hour.
  'whiteboard-hours': { of: 'wh', size: 142, source: 'SMART Board MX 75" spec: 142 W' },
  'household-day-share': {
    of: 'wh',
    size: (HOUSEHOLD_KWH_PER_YEAR * 1000) / 365,
    source: 'CBS StatLine: Dutch household, 2,500 kWh per year',
  },
  'car-km': { of: 'gco2', size: 149, source: 'NS comparison via AD.nl: petrol car, 149 g/km' },
  'glasses-of-water': { of: 'ml', size: 160, source: 'Seed report: a small glass, 160 ml' },
  // Not from the seed report (its appendix gives 130 L of all water use per person per day): the
  // WHO's default drinking-water intake of an adult.
  'drinking-water-people': {
    of: 'ml',
    size: 2000,
    source: 'WHO, Guidelines for drinking-water quality, 4th edition (2017): 2 L per adult per day',
  },
};

/** Negative or non-finite figures are shown as 0 of the smallest equivalent. */
function sane(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** The amount of a given equivalent; for the UI when it wants one particular comparison. */
export function toEquivalent(id: EquivalentId, value: number): Equivalent {
  return { id, amount: sane(value) / EQUIVALENT_UNITS[id].size };
}

/**
 * Energy as searches (below one phone charge), phone charges (below one whiteboard hour),
 * whiteboard hours (below half a household's day) or household-days (from half a day up).
 */
export function energyEquivalent(wh: number): Equivalent {
  const v = sane(wh);
  const u = EQUIVALENT_UNITS;
  if (v < u['phone-charges'].size) return toEquivalent('google-searches', v);
  if (v < u['whiteboard-hours'].size) return toEquivalent('phone-charges', v);
  if (v < u['household-day-share'].size / 2) return toEquivalent('whiteboard-hours', v);
  return toEquivalent('household-day-share', v);
}

/** CO2 as kilometres by petrol car; small amounts stay in km, the UI shows them as metres. */
export function co2Equivalent(gco2: number): Equivalent {
  return toEquivalent('car-km', gco2);
}

/** Water as small glasses (below one person's daily 2 L), else as people's drinking water for a day. */
export function waterEquivalent(ml: number): Equivalent {
  const v = sane(ml);
  if (v < EQUIVALENT_UNITS['drinking-water-people'].size)
    return toEquivalent('glasses-of-water', v);
  return toEquivalent('drinking-water-people', v);
}
