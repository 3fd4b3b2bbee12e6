import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FACTOR_MAX_WH,
  DEFAULT_FOOTPRINT_SETTINGS,
  HEAVY_REASONING,
  PRESET_IDS,
  PRESETS,
  RANGE,
  RANGE_SOURCES,
  REGION_IDS,
  WATER_LOCATION_IDS,
  computeFootprint,
  impactPerAction,
  type FootprintSettings,
  type SiteUsage,
} from '../../../src/footprint';

const dutch = DEFAULT_FOOTPRINT_SETTINGS;
const disclosures: FootprintSettings = { ...dutch, presetId: 'disclosures-2025' };
const custom = (promptWh: number, imageWh: number): FootprintSettings => ({
  ...dutch,
  presetId: 'custom',
  custom: { promptWh, imageWh },
});

describe('preset table (docs/methodology.md#presets)', () => {
  it('every preset has its id, a version and sources with title and year', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_IDS].sort());
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      expect(preset.id).toBe(id);
      expect(Number.isInteger(preset.version) && preset.version >= 1).toBe(true);
      expect(preset.sources.length).toBeGreaterThan(0);
      for (const s of [...preset.sources, ...RANGE_SOURCES, ...HEAVY_REASONING.sources]) {
        expect(s.title.length).toBeGreaterThan(0);
        expect(s.year).toBeGreaterThanOrEqual(2022);
        if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('cites the seed report (no url) and the publications METHODOLOGY names', () => {
    const urls = (id: keyof typeof PRESETS) => PRESETS[id].sources.map((s) => s.url);
    const report = PRESETS['dutch-report-2024'].sources[0];
    expect(report).toEqual({ title: 'Milieu-impact van AI in het onderwijs', year: 2024 });
    expect(urls('dutch-report-2024')).toContain('https://arxiv.org/abs/2304.03271');
    expect(urls('disclosures-2025')).toContain('https://arxiv.org/abs/2508.15734');
    expect(urls('disclosures-2025')).toContain('https://arxiv.org/abs/2311.16863');
  });

  it('Dutch report: prompt 4 Wh / 1 g / 16 ml, image 8.5 Wh / 2.1 g / 34 ml, at NL', () => {
    const p = PRESETS['dutch-report-2024'];
    expect(p.factors.prompt).toEqual({ wh: 4, gco2: 1, ml: 16 });
    expect(p.factors.image).toEqual({ wh: 8.5, gco2: 2.1, ml: 34 });
    expect(p.reference).toEqual({ regionId: 'nl', waterLocationId: 'nl' });
    expect(impactPerAction('prompt', 'chatgpt', dutch)).toEqual({ wh: 4, gco2: 1, ml: 16 });
    expect(impactPerAction('image', 'midjourney', dutch)).toEqual({ wh: 8.5, gco2: 2.1, ml: 34 });
  });

  it('Dutch report: the same figure for every site', () => {
    const a = computeFootprint([{ site: 'chatgpt', prompts: 3, images: 2 }], dutch);
    const b = computeFootprint([{ site: 'gemini', prompts: 3, images: 2 }], dutch);
    expect(a).toEqual(b);
  });
});

describe('2025 disclosures preset', () => {
  it.each([
    ['chatgpt', 0.34],
    ['gemini', 0.24],
    ['claude', 0.3],
    ['mistral', 0.3],
    ['constructor', 0.3], // an id that is also an Object.prototype member
    ['toString', 0.3],
  ])('a prompt on %s is %d Wh', (site, wh) => {
    const f = computeFootprint([{ site, prompts: 1, images: 0 }], disclosures);
    expect(f.wh).toBe(wh);
    // CO2 and water from energy at NL: 250 g/kWh, 3.975 ml/Wh.
    expect(f.gco2).toBeCloseTo(wh * 0.25, 12);
    expect(f.ml).toBeCloseTo(wh * 3.975, 12);
  });

  it('images are 2.9 Wh on every site', () => {
    for (const site of ['chatgpt', 'gemini', 'midjourney']) {
      expect(impactPerAction('image', site, disclosures).wh).toBe(2.9);
    }
  });

  it('ChatGPT 100 prompts and 10 images in Virginia: 63 Wh, 16.947 g, 179.55 ml', () => {
    const settings: FootprintSettings = {
      ...disclosures,
      regionId: 'us-va',
      waterLocationId: 'us-va',
    };
    const f = computeFootprint([{ site: 'chatgpt', prompts: 100, images: 10 }], settings);
    expect(f.wh).toBeCloseTo(34 + 29, 10);
    expect(f.gco2).toBeCloseTo(0.063 * 269, 10);
    expect(f.ml).toBeCloseTo(63 * 2.85, 10);
  });

  it('sums per-site factors over a mixed week', () => {
    const usage: SiteUsage[] = [
      { site: 'chatgpt', prompts: 50, images: 4 },
      { site: 'gemini', prompts: 100, images: 0 },
      { site: 'claude', prompts: 10, images: 0 },
    ];
    const wh = 50 * 0.34 + 4 * 2.9 + 100 * 0.24 + 10 * 0.3;
    const f = computeFootprint(usage, { ...disclosures, regionId: 'de', waterLocationId: 'fi' });
    expect(f.wh).toBeCloseTo(wh, 10);
    expect(wh).toBeCloseTo(55.6, 10);
    expect(f.gco2).toBeCloseTo((55.6 / 1000) * 342.1, 10);
    expect(f.ml).toBeCloseTo(55.6 * 5.1, 10);
  });
});

describe('custom preset', () => {
  it('uses the user’s Wh per prompt and per image, whatever the site', () => {
    const f = computeFootprint(
      [
        { site: 'chatgpt', prompts: 10, images: 2 },
        { site: 'gemini', prompts: 5, images: 0 },
      ],
      custom(1.5, 6),
    );
    expect(f.wh).toBeCloseTo(15 * 1.5 + 2 * 6, 10);
  });

  it('computes CO2 and water from energy with the chosen region and location', () => {
    const settings = { ...custom(2, 10), regionId: 'fr' as const, waterLocationId: 'us' as const };
    const f = computeFootprint([{ site: 'x', prompts: 4, images: 1 }], settings);
    expect(f.wh).toBeCloseTo(18, 10);
    expect(f.gco2).toBeCloseTo(0.018 * 44.2, 10);
    expect(f.ml).toBeCloseTo(18 * 4.225, 10);
  });

  it('defaults to the 2025 figures for other sites and images (0.3 / 2.9 Wh)', () => {
    expect(PRESETS.custom.factors.prompt.wh).toBe(0.3);
    expect(PRESETS.custom.factors.image.wh).toBe(2.9);
    const f = computeFootprint([{ site: 'x', prompts: 1, images: 1 }], {
      ...dutch,
      presetId: 'custom',
    });
    expect(f.wh).toBeCloseTo(3.2, 10);
  });

  it('treats negative or non-finite custom factors as 0', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const f = computeFootprint([{ site: 'x', prompts: 3, images: 2 }], custom(bad, 1));
      expect(f).toMatchObject({ wh: 2, gco2: 0.5 });
      expect(Number.isFinite(f.ml)).toBe(true);
    }
  });

  it('allows a zero factor and bounds the UI at a sane maximum', () => {
    expect(computeFootprint([{ site: 'x', prompts: 9, images: 9 }], custom(0, 0)).wh).toBe(0);
    expect(CUSTOM_FACTOR_MAX_WH).toBeGreaterThan(HEAVY_REASONING.highWh);
  });
});

describe('low–high range (docs/methodology.md#range)', () => {
  it('is 0.24–4 Wh per prompt and 0.63–11.5 Wh per image', () => {
    expect(RANGE.prompt).toEqual({ lowWh: 0.24, highWh: 4 });
    expect(RANGE.image).toEqual({ lowWh: 0.63, highWh: 11.5 });
  });

  it('at NL the high prompt is 4 Wh, 1 g and 16 ml: widened from 15.9 ml to the report’s 16 ml', () => {
    const f = computeFootprint([{ site: 'chatgpt', prompts: 1, images: 0 }], dutch);
    expect(f.high.wh).toBe(4);
    expect(f.high.gco2).toBeCloseTo(1, 12);
    // 4 Wh × 3.975 ml/Wh = 15.9 ml lies below the report's own rounded 16 ml.
    expect(4 * 3.975).toBeLessThan(f.ml);
    expect(f.high.ml).toBe(16);
    expect(f.high).toEqual({ wh: f.wh, gco2: f.gco2, ml: f.ml });
  });

  it('always contains the central figure: every preset, region, water location and site', () => {
    const sites = ['chatgpt', 'gemini', 'claude', 'midjourney'];
    const presets: FootprintSettings[] = [
      dutch,
      disclosures,
      custom(0, 0),
      custom(7, 30),
      custom(CUSTOM_FACTOR_MAX_WH, CUSTOM_FACTOR_MAX_WH),
    ];
    for (const base of presets) {
      for (const regionId of REGION_IDS) {
        for (const waterLocationId of WATER_LOCATION_IDS) {
          const settings = { ...base, regionId, waterLocationId };
          for (const site of sites) {
            for (const usage of [
              { site, prompts: 1, images: 0 },
              { site, prompts: 0, images: 1 },
            ]) {
              const f = computeFootprint([usage], settings);
              for (const k of ['wh', 'gco2', 'ml'] as const) {
                const where = `${base.presetId} ${regionId} ${waterLocationId} ${site} ${k}`;
                expect(f.low[k], where).toBeLessThanOrEqual(f[k]);
                expect(f.high[k], where).toBeGreaterThanOrEqual(f[k]);
              }
            }
          }
        }
      }
    }
  });

  it('at NL the low prompt is 0.24 Wh, 0.06 g, 0.954 ml', () => {
    const f = computeFootprint([{ site: 'chatgpt', prompts: 1, images: 0 }], dutch);
    expect(f.low).toEqual({
      wh: 0.24,
      gco2: expect.closeTo(0.06, 12),
      ml: expect.closeTo(0.954, 12),
    });
  });

  it('images: 0.63–11.5 Wh in Germany and Finland', () => {
    const settings = { ...dutch, regionId: 'de' as const, waterLocationId: 'fi' as const };
    const f = computeFootprint([{ site: 'midjourney', prompts: 0, images: 4 }], settings);
    expect(f.low.wh).toBeCloseTo(2.52, 12);
    expect(f.low.gco2).toBeCloseTo(0.00252 * 342.1, 12);
    expect(f.low.ml).toBeCloseTo(2.52 * 5.1, 12);
    expect(f.high.wh).toBeCloseTo(46, 12);
    expect(f.high.gco2).toBeCloseTo(0.046 * 342.1, 12);
    expect(f.high.ml).toBeCloseTo(46 * 5.1, 12);
  });

  it('is the same for every preset whose figures lie inside it', () => {
    const usage = [{ site: 'chatgpt', prompts: 260, images: 125 }];
    const a = computeFootprint(usage, dutch);
    const b = computeFootprint(usage, disclosures);
    const c = computeFootprint(usage, custom(3, 7));
    expect(b.low).toEqual(a.low);
    expect(c.high.wh).toBe(a.high.wh);
    expect(c.high.gco2).toBe(a.high.gco2);
    // Only the report's 16 ml per prompt widens the high water: 260 × 0.1 ml.
    expect(a.high.ml - c.high.ml).toBeCloseTo(260 * 0.1, 9);
    // School day at NL: 260 × 0.24 + 125 × 0.63 = 141.15 Wh; 260 × 4 + 125 × 11.5 = 2,477.5 Wh.
    expect(a.low.wh).toBeCloseTo(141.15, 10);
    expect(a.high.wh).toBeCloseTo(2477.5, 10);
    expect(a.high.gco2).toBeCloseTo(619.375, 10);
  });

  it('brackets the 2025 preset’s central figures', () => {
    const f = computeFootprint([{ site: 'chatgpt', prompts: 5, images: 5 }], disclosures);
    for (const k of ['wh', 'gco2', 'ml'] as const) {
      expect(f.low[k]).toBeLessThanOrEqual(f[k]);
      expect(f.high[k]).toBeGreaterThanOrEqual(f[k]);
    }
  });
});

describe('input guards', () => {
  it('no usage is zero everywhere', () => {
    const zero = { wh: 0, gco2: 0, ml: 0 };
    expect(computeFootprint([], dutch)).toEqual({ ...zero, low: zero, high: zero });
  });

  it('negative or non-finite counts count as 0', () => {
    const bad = [-5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const n of bad) {
      const f = computeFootprint(
        [
          { site: 'chatgpt', prompts: n, images: 1 },
          { site: 'chatgpt', prompts: 1, images: n },
        ],
        dutch,
      );
      expect(f.wh).toBeCloseTo(12.5, 12);
      expect(f.gco2).toBeCloseTo(3.1, 12);
      expect(f.ml).toBeCloseTo(50, 12);
      expect(f.high.wh).toBeCloseTo(15.5, 12);
    }
  });

  it('an unknown id from corrupt settings falls back to the default, never NaN', () => {
    const corrupt = {
      presetId: 'nope',
      regionId: 'mars',
      waterLocationId: 'moon',
      custom: { promptWh: 1, imageWh: 1 },
    } as unknown as FootprintSettings;
    const f = computeFootprint([{ site: 'chatgpt', prompts: 250, images: 0 }], corrupt);
    expect(f).toMatchObject({ wh: 1000, gco2: 250, ml: 4000 });
  });

  it('does not mutate its input', () => {
    const usage = Object.freeze([Object.freeze({ site: 'chatgpt', prompts: 2, images: 1 })]);
    const settings = structuredClone(dutch);
    computeFootprint(usage, settings);
    expect(settings).toEqual(dutch);
  });
});
