import { describe, expect, it } from 'vitest';
import {
  formatCo2,
  formatDistance,
  formatEnergy,
  formatNumber,
  formatWater,
} from '../../../src/footprint';

describe('formatEnergy', () => {
  it.each([
    [0, '0 Wh', '0 Wh'],
    [0.34, '0.34 Wh', '0,34 Wh'],
    [0.0525, '0.0525 Wh', '0,0525 Wh'],
    [4, '4 Wh', '4 Wh'],
    [8.5, '8.5 Wh', '8,5 Wh'],
    [14.805, '14.8 Wh', '14,8 Wh'],
    [40, '40 Wh', '40 Wh'],
    [262.5, '263 Wh', '263 Wh'],
    [999.4, '999 Wh', '999 Wh'],
    [999.5, '1 kWh', '1 kWh'], // never "1,000 Wh"
    [1000, '1 kWh', '1 kWh'],
    [1062.5, '1.06 kWh', '1,06 kWh'],
    [2102.5, '2.1 kWh', '2,1 kWh'],
    [14717.5, '14.7 kWh', '14,7 kWh'],
    [123456789, '123,457 kWh', '123.457 kWh'],
  ])('%d Wh → en "%s", nl "%s"', (wh, en, nl) => {
    expect(formatEnergy(wh, 'en')).toBe(en);
    expect(formatEnergy(wh, 'nl')).toBe(nl);
  });
});

describe('formatCo2', () => {
  it.each([
    [0.06, '0.06 g', '0,06 g'],
    [1, '1 g', '1 g'],
    [2.125, '2.13 g', '2,13 g'],
    [522.5, '523 g', '523 g'],
    [1716, '1.72 kg', '1,72 kg'],
    [25000, '25 kg', '25 kg'],
  ])('%d g → en "%s", nl "%s"', (g, en, nl) => {
    expect(formatCo2(g, 'en')).toBe(en);
    expect(formatCo2(g, 'nl')).toBe(nl);
  });
});

describe('formatWater', () => {
  it.each([
    [0.954, '0.954 ml', '0,954 ml'],
    [16, '16 ml', '16 ml'],
    [160, '160 ml', '160 ml'],
    [4250, '4.25 L', '4,25 L'],
    [8410, '8.41 L', '8,41 L'],
    [58870, '58.9 L', '58,9 L'],
  ])('%d ml → en "%s", nl "%s"', (ml, en, nl) => {
    expect(formatWater(ml, 'en')).toBe(en);
    expect(formatWater(ml, 'nl')).toBe(nl);
  });
});

describe('formatDistance (car-km equivalents)', () => {
  it.each([
    [10 / 149, '67.1 m', '67,1 m'],
    [0.5, '500 m', '500 m'],
    [522.5 / 149, '3.51 km', '3,51 km'],
  ])('%d km → en "%s", nl "%s"', (km, en, nl) => {
    expect(formatDistance(km, 'en')).toBe(en);
    expect(formatDistance(km, 'nl')).toBe(nl);
  });
});

describe('formatNumber', () => {
  it('uses the locale’s separators', () => {
    expect(formatNumber(14.806, 'en')).toBe('14.8');
    expect(formatNumber(14.806, 'nl')).toBe('14,8');
    expect(formatNumber(1234.5, 'en')).toBe('1,235');
    expect(formatNumber(1234.5, 'nl')).toBe('1.235');
  });

  it('shows non-finite input and -0 as 0, keeps other negatives', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('0');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('0');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatEnergy(-0, 'en')).toBe('0 Wh');
    expect(formatEnergy(-1500, 'en')).toBe('-1.5 kWh');
  });

  it('falls back to English for a malformed locale tag', () => {
    expect(formatEnergy(2102.5, 'en_US')).toBe('2.1 kWh');
    expect(formatEnergy(2102.5, '')).toBe('2.1 kWh');
  });

  it('accepts region subtags', () => {
    expect(formatEnergy(2102.5, 'nl-NL')).toBe('2,1 kWh');
    expect(formatEnergy(2102.5, 'en-GB')).toBe('2.1 kWh');
  });
});
