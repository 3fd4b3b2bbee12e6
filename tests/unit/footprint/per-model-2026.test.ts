import { describe, expect, it } from 'vitest';
import {
  computeFootprint,
  DEFAULT_FOOTPRINT_SETTINGS,
  type FootprintSettings,
} from '../../../src/footprint';
import { MODE_FIGURES } from '../../../src/footprint/per-mode';

const perModel: FootprintSettings = {
  ...DEFAULT_FOOTPRINT_SETTINGS,
  presetId: 'per-model-2026',
  regionId: 'nl',
};

describe('per-model-2026 preset', () => {
  it('costs each mode at its own figure (arXiv 2509.20241 v2: 0.31 / 3.91 Wh; deep research ≥ 7.05 Wh)', () => {
    const one = (mode: 'standard' | 'reasoning' | 'deep-research') =>
      computeFootprint(
        [{ site: 'chatgpt', prompts: 1, images: 0, promptsByMode: { [mode]: 1 } }],
        perModel,
      );
    expect(one('standard').wh).toBeCloseTo(0.31, 10);
    expect(one('reasoning').wh).toBeCloseTo(3.91, 10);
    expect(one('deep-research').wh).toBeCloseTo(7.05, 10);
    expect(one('reasoning').low.wh).toBeCloseTo(2.15, 10);
    expect(one('reasoning').high.wh).toBeCloseTo(29, 10);
    expect(one('standard').low.wh).toBeCloseTo(0.16, 10);
    expect(one('standard').high.wh).toBeCloseTo(0.6, 10);
    expect(one('reasoning').wh / one('standard').wh).toBeGreaterThanOrEqual(3);
  });

  it('counts prompts without a mode as unknown: the standard figure with the widest range', () => {
    const f = computeFootprint([{ site: 'claude', prompts: 2, images: 0 }], perModel);
    expect(f.wh).toBeCloseTo(0.62, 10);
    expect(f.low.wh).toBeCloseTo(0.32, 10);
    expect(f.high.wh).toBeCloseTo(58, 10);
    expect(MODE_FIGURES.unknown.highWh).toBe(MODE_FIGURES.reasoning.highWh);
  });

  it('mixes modes and keeps a site’s own published standard figure (Gemini 0.24 Wh median)', () => {
    const f = computeFootprint(
      [{ site: 'gemini', prompts: 4, images: 1, promptsByMode: { standard: 2, reasoning: 1 } }],
      perModel,
    );
    // 2 × 0.24 + 1 × 3.91 + 1 unknown × 0.24 + 1 image × 2.9
    expect(f.wh).toBeCloseTo(0.48 + 3.91 + 0.24 + 2.9, 10);
  });

  it('CO2 and water follow the region and water location', () => {
    const f = computeFootprint(
      [{ site: 'chatgpt', prompts: 1, images: 0, promptsByMode: { reasoning: 1 } }],
      {
        ...perModel,
        regionId: 'nl',
      },
    );
    expect(f.gco2).toBeCloseTo((3.91 / 1000) * 250, 10);
  });

  it('other presets ignore modes: the Dutch report’s figures do not change', () => {
    const plain = computeFootprint(
      [{ site: 'chatgpt', prompts: 3, images: 0 }],
      DEFAULT_FOOTPRINT_SETTINGS,
    );
    const split = computeFootprint(
      [{ site: 'chatgpt', prompts: 3, images: 0, promptsByMode: { reasoning: 3 } }],
      DEFAULT_FOOTPRINT_SETTINGS,
    );
    expect(split).toEqual(plain);
    expect(plain.wh).toBe(12);
  });
});
