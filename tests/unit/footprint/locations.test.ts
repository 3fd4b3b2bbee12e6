import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOOTPRINT_SETTINGS,
  REGION_IDS,
  REGIONS,
  WATER_LOCATION_IDS,
  WATER_LOCATIONS,
  computeFootprint,
  type FootprintSettings,
  type RegionId,
  type WaterLocationId,
} from '../../../src/footprint';

// docs/methodology.md, "Grid regions", row by row.
const regionRows: [RegionId, number][] = [
  ['nl', 250],
  ['be', 117.6],
  ['fr', 44.2],
  ['de', 342.1],
  ['ie', 279.8],
  ['us-va', 269],
  ['us', 383.6],
  ['sg', 498.7],
  ['eu', 213],
  ['world', 472.9],
];

// Ember's 2024 life-cycle intensities as CO2.js ships them: @tgwf/co2 0.19.0,
// data/output/average-intensities.json (thegreenwebfoundation/co2.js, tag v0.19.0; every row
// below has "year": 2024).
const EMBER_2024_CO2JS: Partial<Record<RegionId, number>> = {
  nl: 252.7,
  be: 117.58,
  fr: 44.18,
  de: 342.06,
  ie: 279.79,
  us: 383.55,
  sg: 498.74,
  eu: 213.02,
  world: 472.94,
};

// Li et al.: mL per inference of 4 Wh, and mL per Wh.
const waterRows: [WaterLocationId, number, number][] = [
  ['us', 16.9, 4.225],
  ['us-az', 29.9, 7.475],
  ['us-va', 11.4, 2.85],
  ['us-ia', 15.0, 3.75],
  ['ie', 7.1, 1.775],
  ['nl', 15.9, 3.975],
  ['fi', 20.4, 5.1],
  ['in', 19.7, 4.925],
];

const dutch = DEFAULT_FOOTPRINT_SETTINGS;
const disclosures: FootprintSettings = { ...dutch, presetId: 'disclosures-2025' };
const one = (prompts: number, images: number) => [{ site: 'claude', prompts, images }];

describe('grid regions', () => {
  it('has exactly the table rows', () => {
    expect([...REGION_IDS].sort()).toEqual(regionRows.map(([id]) => id).sort());
    expect(Object.keys(REGIONS).sort()).toEqual([...REGION_IDS].sort());
  });

  it.each(regionRows)('%s: %d g CO2/kWh', (id, g) => {
    expect(REGIONS[id].gco2PerKwh).toBe(g);
    expect(REGIONS[id].source.en.length).toBeGreaterThan(0);
    expect(REGIONS[id].source.nl.length).toBeGreaterThan(0);
  });

  it('one basis: Ember 2024 life-cycle, to one decimal, for every region but NL and Virginia', () => {
    for (const id of REGION_IDS) {
      const ember = EMBER_2024_CO2JS[id];
      if (id === 'nl' || id === 'us-va') continue;
      expect(ember, id).toBeDefined();
      expect(REGIONS[id].gco2PerKwh, id).toBe(Math.round(ember! * 10) / 10);
      expect(REGIONS[id].source.en).toBe('Ember 2024 (life-cycle emissions)');
    }
  });

  it('NL is the seed report’s assumed figure, not CBS data, with Ember’s beside it', () => {
    expect(REGIONS.nl.gco2PerKwh).toBe(250);
    expect(REGIONS.nl.source.en).not.toMatch(/CBS/);
    expect(REGIONS.nl.source.en).toContain('the figure the report assumes');
    expect(REGIONS.nl.source.en).toContain(`${EMBER_2024_CO2JS.nl}`);
  });

  it('Virginia says it is the exception: combustion only', () => {
    expect(REGIONS['us-va'].source.en).toContain('combustion only');
  });

  it('writes its notes the Dutch way on Dutch pages', () => {
    expect(REGIONS.nl.source.nl).toBe(
      'Milieu-impact van AI in het onderwijs (2024), het cijfer waarvan het rapport uitgaat; Ember 2024 (levenscyclusemissies): 252,7',
    );
    for (const id of REGION_IDS) expect(REGIONS[id].source.nl).not.toMatch(/\d\.\d/);
  });

  it('Virginia is EIA 594 lbs/MWh in g/kWh', () => {
    expect(594 * 0.45359237).toBeCloseTo(REGIONS['us-va'].gco2PerKwh, 0);
  });

  it.each(regionRows)('%s: Dutch preset rescales its stated 1 g and 2.1 g by %d / 250', (id, g) => {
    const f = computeFootprint(one(1, 1), { ...dutch, regionId: id });
    expect(f.gco2).toBeCloseTo((1 + 2.1) * (g / 250), 10);
    // Energy and water do not depend on the grid.
    expect(f.wh).toBeCloseTo(12.5, 10);
    expect(f.ml).toBeCloseTo(50, 10);
  });

  it.each(regionRows)('%s: 2025 preset computes CO2 from energy × %d g/kWh', (id, g) => {
    const f = computeFootprint(one(1000, 1000), { ...disclosures, regionId: id });
    // 1000 × 0.3 Wh + 1000 × 2.9 Wh = 3.2 kWh.
    expect(f.wh).toBeCloseTo(3200, 8);
    expect(f.gco2).toBeCloseTo(3.2 * g, 8);
  });

  it('examples: a Dutch-report prompt is 0.4704 g in Belgium and 1.5344 g in the US', () => {
    expect(computeFootprint(one(1, 0), { ...dutch, regionId: 'be' }).gco2).toBeCloseTo(0.4704, 10);
    expect(computeFootprint(one(1, 0), { ...dutch, regionId: 'us' }).gco2).toBeCloseTo(1.5344, 10);
  });
});

describe('water locations', () => {
  it('has exactly the table rows', () => {
    expect([...WATER_LOCATION_IDS].sort()).toEqual(waterRows.map(([id]) => id).sort());
    expect(Object.keys(WATER_LOCATIONS).sort()).toEqual([...WATER_LOCATION_IDS].sort());
  });

  it.each(waterRows)('%s: %d mL per 4 Wh inference = %d mL/Wh', (id, perInference, perWh) => {
    expect(WATER_LOCATIONS[id].mlPerWh).toBe(perWh);
    expect(WATER_LOCATIONS[id].mlPerWh * 4).toBeCloseTo(perInference, 10);
    const { en, nl } = WATER_LOCATIONS[id].source;
    expect(en).toContain(`${perInference.toFixed(1)} mL per 4 Wh`);
    expect(nl).toContain(`${perInference.toFixed(1).replace('.', ',')} ml per antwoord van 4 Wh`);
  });

  it.each(waterRows)(
    '%s: Dutch preset rescales its 16 ml and 34 ml by mL/Wh / 3.975',
    (id, _, perWh) => {
      const f = computeFootprint(one(1, 1), { ...dutch, waterLocationId: id });
      expect(f.ml).toBeCloseTo((16 + 34) * (perWh / 3.975), 10);
      // CO2 does not depend on the water location.
      expect(f.gco2).toBeCloseTo(3.1, 10);
    },
  );

  it.each(waterRows)('%s: 2025 preset computes water from energy × mL/Wh', (id, _, perWh) => {
    const f = computeFootprint(one(1000, 1000), { ...disclosures, waterLocationId: id });
    expect(f.ml).toBeCloseTo(3200 * perWh, 8);
  });

  it('example: a Dutch-report prompt uses 7.145 ml in Ireland and 30.09 ml in Arizona', () => {
    const ie = computeFootprint(one(1, 0), { ...dutch, waterLocationId: 'ie' });
    const az = computeFootprint(one(1, 0), { ...dutch, waterLocationId: 'us-az' });
    expect(ie.ml).toBeCloseTo((16 * 1.775) / 3.975, 10);
    expect(ie.ml).toBeCloseTo(7.145, 3);
    expect(az.ml).toBeCloseTo(30.09, 2);
  });
});
