import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FACTOR_MAX_WH,
  DEFAULT_FOOTPRINT_SETTINGS,
  customFactorsSchema,
  footprintSettingsSchema,
} from '../../../src/footprint';

describe('settings schemas', () => {
  it('accepts the defaults', () => {
    expect(footprintSettingsSchema.parse(DEFAULT_FOOTPRINT_SETTINGS)).toEqual(
      DEFAULT_FOOTPRINT_SETTINGS,
    );
  });

  it('rejects unknown ids', () => {
    for (const patch of [{ presetId: 'x' }, { regionId: 'mars' }, { waterLocationId: 'moon' }]) {
      expect(
        footprintSettingsSchema.safeParse({ ...DEFAULT_FOOTPRINT_SETTINGS, ...patch }).success,
      ).toBe(false);
    }
  });

  it('custom factors: finite, ≥ 0, ≤ the maximum', () => {
    const ok = (promptWh: number, imageWh = 1) =>
      customFactorsSchema.safeParse({ promptWh, imageWh }).success;
    expect(ok(0)).toBe(true);
    expect(ok(0.34)).toBe(true);
    expect(ok(CUSTOM_FACTOR_MAX_WH)).toBe(true);
    expect(ok(CUSTOM_FACTOR_MAX_WH + 0.1)).toBe(false);
    expect(ok(-0.1)).toBe(false);
    expect(ok(Number.NaN)).toBe(false);
    expect(ok(Number.POSITIVE_INFINITY)).toBe(false);
    expect(ok(1, -1)).toBe(false);
    expect(customFactorsSchema.safeParse({ promptWh: '1', imageWh: 1 }).success).toBe(false);
  });
});
