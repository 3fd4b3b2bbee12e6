import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOOTPRINT_SETTINGS,
  co2Equivalent,
  computeFootprint,
  energyEquivalent,
  formatCo2,
  formatEnergy,
  formatWater,
  waterEquivalent,
} from '../../../src/footprint';

// docs/methodology.md#check-a-number-by-hand-the-school-day: the seed report's school day, Dutch report preset in NL (the defaults).
const settings = DEFAULT_FOOTPRINT_SETTINGS;
const images = [{ site: 'chatgpt', prompts: 0, images: 125 }]; // 25 pupils × 5 images
const homework = [{ site: 'chatgpt', prompts: 250, images: 0 }]; // 25 pupils × 10 questions
const teacher = [{ site: 'gemini', prompts: 10, images: 0 }]; // teacher preparation

describe('school day of the seed report (docs/methodology.md#check-a-number-by-hand-the-school-day)', () => {
  it('uses the Dutch report preset in NL by default', () => {
    expect(settings.presetId).toBe('dutch-report-2024');
    expect(settings.regionId).toBe('nl');
    expect(settings.waterLocationId).toBe('nl');
    expect(settings.custom).toEqual({ promptWh: 0.3, imageWh: 2.9 });
  });

  it('125 images: 1,062.5 Wh, 262.5 g, 4.25 L', () => {
    const f = computeFootprint(images, settings);
    expect(f.wh).toBeCloseTo(1062.5, 6);
    expect(f.gco2).toBeCloseTo(262.5, 6);
    expect(f.ml).toBeCloseTo(4250, 6);
  });

  it('250 prompts: 1,000 Wh, 250 g, 4 L', () => {
    const f = computeFootprint(homework, settings);
    expect(f.wh).toBeCloseTo(1000, 6);
    expect(f.gco2).toBeCloseTo(250, 6);
    expect(f.ml).toBeCloseTo(4000, 6);
  });

  it('10 prompts: 40 Wh, 10 g, 160 ml', () => {
    const f = computeFootprint(teacher, settings);
    expect(f.wh).toBeCloseTo(40, 6);
    expect(f.gco2).toBeCloseTo(10, 6);
    expect(f.ml).toBeCloseTo(160, 6);
  });

  it('class total: 2,102.5 Wh, 522.5 g, 8.41 L', () => {
    const f = computeFootprint([...images, ...homework, ...teacher], settings);
    expect(f.wh).toBeCloseTo(2102.5, 6);
    expect(f.gco2).toBeCloseTo(522.5, 6);
    expect(f.ml).toBeCloseTo(8410, 6);
  });

  it('one row with all counts gives the same total as separate rows', () => {
    const f = computeFootprint([{ site: 'chatgpt', prompts: 260, images: 125 }], settings);
    expect(f.wh).toBeCloseTo(2102.5, 6);
    expect(f.gco2).toBeCloseTo(522.5, 6);
    expect(f.ml).toBeCloseTo(8410, 6);
  });

  it('class total as equivalents: 14.8 h whiteboard, 3.5 km by car, 4 people’s drinking water', () => {
    const energy = energyEquivalent(2102.5);
    expect(energy.id).toBe('whiteboard-hours');
    expect(energy.amount).toBeCloseTo(2102.5 / 142, 10);
    expect(energy.amount).toBeCloseTo(14.8, 1);

    const co2 = co2Equivalent(522.5);
    expect(co2.id).toBe('car-km');
    expect(co2.amount).toBeCloseTo(522.5 / 149, 10);
    expect(co2.amount).toBeCloseTo(3.5, 1);

    const water = waterEquivalent(8410);
    expect(water.id).toBe('drinking-water-people');
    expect(water.amount).toBeCloseTo(4.205, 10);
    expect(Math.round(water.amount)).toBe(4);
  });

  it('teacher as equivalents: 3 phone charges, 67 m by car, a small glass', () => {
    const energy = energyEquivalent(40);
    expect(energy.id).toBe('phone-charges');
    expect(energy.amount).toBeCloseTo(40 / 13, 10);
    expect(Math.round(energy.amount)).toBe(3);

    const co2 = co2Equivalent(10);
    expect(co2.id).toBe('car-km');
    expect(co2.amount * 1000).toBeCloseTo(67.1, 1);

    const water = waterEquivalent(160);
    expect(water).toEqual({ id: 'glasses-of-water', amount: 1 });
  });

  it('formats the table figures', () => {
    expect(formatEnergy(1062.5, 'en')).toBe('1.06 kWh');
    expect(formatCo2(262.5, 'en')).toBe('263 g'); // the report rounds to 263 too
    expect(formatWater(4250, 'en')).toBe('4.25 L');
    expect(formatEnergy(2102.5, 'en')).toBe('2.1 kWh');
    expect(formatCo2(522.5, 'en')).toBe('523 g');
    expect(formatWater(8410, 'en')).toBe('8.41 L');
    expect(formatEnergy(40, 'en')).toBe('40 Wh');
    expect(formatCo2(10, 'en')).toBe('10 g');
    expect(formatWater(160, 'en')).toBe('160 ml');
    expect(formatEnergy(2102.5, 'nl')).toBe('2,1 kWh');
    expect(formatWater(8410, 'nl')).toBe('8,41 L');
  });
});
