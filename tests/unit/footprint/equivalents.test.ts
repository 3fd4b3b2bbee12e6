import { describe, expect, it } from 'vitest';
import {
  EQUIVALENT_UNITS,
  co2Equivalent,
  energyEquivalent,
  toEquivalent,
  waterEquivalent,
} from '../../../src/footprint';

describe('equivalent units (docs/methodology.md#everyday-equivalents, seed report Appendix E)', () => {
  it.each([
    ['phone-charges', 'wh', 13],
    ['whiteboard-hours', 'wh', 142],
    ['google-searches', 'wh', 0.3],
    ['car-km', 'gco2', 149],
    ['glasses-of-water', 'ml', 160],
    ['drinking-water-people', 'ml', 2000],
  ] as const)('%s: one unit is %s %d', (id, of, size) => {
    expect(EQUIVALENT_UNITS[id]).toMatchObject({ of, size });
    expect(EQUIVALENT_UNITS[id].source.length).toBeGreaterThan(0);
  });

  it('household day: 2,500 kWh per year / 365', () => {
    expect(EQUIVALENT_UNITS['household-day-share'].of).toBe('wh');
    expect(EQUIVALENT_UNITS['household-day-share'].size).toBeCloseTo(6849.315, 3);
  });
});

describe('energyEquivalent picks a unit that fits the size', () => {
  it.each([
    [0, 'google-searches', 0],
    [0.3, 'google-searches', 1],
    [0.34, 'google-searches', 0.34 / 0.3],
    [4, 'google-searches', 4 / 0.3],
    [12.9, 'google-searches', 43],
    [13, 'phone-charges', 1],
    [40, 'phone-charges', 40 / 13],
    [141.9, 'phone-charges', 141.9 / 13],
    [142, 'whiteboard-hours', 1],
    [2102.5, 'whiteboard-hours', 2102.5 / 142],
    [3424, 'whiteboard-hours', 3424 / 142],
    [3424.7, 'household-day-share', 0.5],
    [6849.315, 'household-day-share', 1],
    [14717.5, 'household-day-share', 14717.5 / 6849.315], // a week of school days
  ] as const)('%d Wh → %s %d', (wh, id, amount) => {
    const e = energyEquivalent(wh);
    expect(e.id).toBe(id);
    expect(e.amount).toBeCloseTo(amount, 4);
  });

  it('negative and non-finite energy show as 0 searches', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(energyEquivalent(bad)).toEqual({ id: 'google-searches', amount: 0 });
    }
  });
});

describe('co2Equivalent: kilometres by petrol car (149 g/km)', () => {
  it.each([
    [0, 0],
    [1, 1 / 149],
    [10, 0.067114],
    [149, 1],
    [522.5, 3.506711],
    [14900, 100],
  ])('%d g → %d km', (g, km) => {
    expect(co2Equivalent(g)).toEqual({ id: 'car-km', amount: expect.closeTo(km, 6) });
  });

  it('negative and non-finite CO2 show as 0 km', () => {
    expect(co2Equivalent(-3)).toEqual({ id: 'car-km', amount: 0 });
    expect(co2Equivalent(Number.NaN)).toEqual({ id: 'car-km', amount: 0 });
  });
});

describe('waterEquivalent: small glasses, then people’s drinking water', () => {
  it.each([
    [0, 'glasses-of-water', 0],
    [16, 'glasses-of-water', 0.1],
    [160, 'glasses-of-water', 1],
    [1999, 'glasses-of-water', 1999 / 160],
    [2000, 'drinking-water-people', 1],
    [8410, 'drinking-water-people', 4.205],
    [8400, 'drinking-water-people', 4.2], // the report: "enough drinking water for four people"
  ] as const)('%d ml → %s %d', (ml, id, amount) => {
    expect(waterEquivalent(ml)).toEqual({ id, amount: expect.closeTo(amount, 10) });
  });

  it('negative and non-finite water show as 0 glasses', () => {
    expect(waterEquivalent(-1)).toEqual({ id: 'glasses-of-water', amount: 0 });
    expect(waterEquivalent(Number.NEGATIVE_INFINITY)).toEqual({
      id: 'glasses-of-water',
      amount: 0,
    });
  });
});

describe('toEquivalent: one chosen comparison', () => {
  it('converts by the unit size', () => {
    expect(toEquivalent('phone-charges', 2102.5).amount).toBeCloseTo(161.73, 2);
    expect(toEquivalent('household-day-share', 2102.5).amount).toBeCloseTo(0.307, 3);
    expect(toEquivalent('google-searches', 2102.5).amount).toBeCloseTo(7008.33, 2);
    expect(toEquivalent('glasses-of-water', 8410).amount).toBeCloseTo(52.5625, 10);
  });
});
