import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOOTPRINT_SETTINGS,
  EQUIVALENT_UNITS,
  HEAVY_REASONING,
  PRESETS,
  computeFootprint,
  reportOver2025,
  reportOver2025Values,
  type FootprintSettings,
} from '../../../src/footprint';
import { MESSAGES } from '../../../src/i18n/messages';

// Corrections from a review of the figures against their sources (docs/methodology.md): each
// figure says what it is, and every ratio the UI states follows from the presets.

const dutch = DEFAULT_FOOTPRINT_SETTINGS;
const recent: FootprintSettings = { ...dutch, presetId: 'disclosures-2025' };

describe('how much lower the 2025 figures are than the Dutch report', () => {
  it('text: 12 to 17 times (4 ÷ 0.34 ≈ 11.8; 4 ÷ 0.24 ≈ 16.7)', () => {
    const text = reportOver2025('prompt');
    expect(text.low).toBeCloseTo(4 / 0.34, 12);
    expect(text.high).toBeCloseTo(4 / 0.24, 12);
    expect(reportOver2025Values()).toMatchObject({ textLow: '12', textHigh: '17' });
  });

  it('images: about 3 times (8.5 ÷ 2.9 ≈ 2.9)', () => {
    expect(reportOver2025('image')).toEqual({ low: 8.5 / 2.9, high: 8.5 / 2.9 });
    expect(reportOver2025Values().image).toBe('3');
  });

  it('a school day on ChatGPT: about 4.7 times, not 12', () => {
    const day = [{ site: 'chatgpt', prompts: 260, images: 125 }];
    const ratio = computeFootprint(day, dutch).wh / computeFootprint(day, recent).wh;
    expect(ratio).toBeCloseTo(2102.5 / (260 * 0.34 + 125 * 2.9), 12);
    expect(Math.round(ratio * 10) / 10).toBe(4.7);
  });

  it('no screen writes the ratio by hand', () => {
    for (const language of ['en', 'nl'] as const) {
      const messages = MESSAGES[language];
      for (const key of [
        'presetDutch',
        'presetDisclosures',
        'presetAbout.dutch-report-2024',
        'presetAbout.disclosures-2025',
      ] as const) {
        expect(messages[key], `${language} ${key}`).toContain('{textLow}');
        expect(messages[key], `${language} ${key}`).toContain('{textHigh}');
        expect(messages[key], `${language} ${key}`).toContain('{image}');
        expect(messages[key]).not.toMatch(/\d+\s*(×|times|keer)/);
      }
    }
  });
});

describe('what each 2025 figure is', () => {
  const titles = PRESETS['disclosures-2025'].sources.map((s) => s.title);
  it('OpenAI’s 0.34 Wh is a blog post, Google’s 0.24 Wh a median, Epoch’s 0.3 Wh an estimate', () => {
    expect(titles.find((t) => t.includes('0.34 Wh'))).toMatch(/blog post/);
    expect(titles.find((t) => t.includes('0.24 Wh'))).toMatch(/median/);
    expect(titles.find((t) => t.includes('0.3 Wh'))).toMatch(/Epoch AI estimate/);
  });
});

describe('heavy reasoning: the current versions', () => {
  it('3.91 Wh (arXiv 2509.20241 v2) to more than 29 Wh (arXiv 2505.09598 v6)', () => {
    expect(HEAVY_REASONING.lowWh).toBe(3.91);
    expect(HEAVY_REASONING.highWh).toBe(29);
    expect(HEAVY_REASONING.sources.map((s) => s.url)).toEqual([
      'https://arxiv.org/abs/2509.20241v2',
      'https://arxiv.org/abs/2505.09598v6',
    ]);
  });

  it('the weekly page and the options page take the figures from there, not by hand', () => {
    for (const language of ['en', 'nl'] as const) {
      for (const key of ['reasoningNote', 'heavyReasoning'] as const) {
        expect(MESSAGES[language][key]).toMatch(/\{low\}.*\{high\}/);
        expect(MESSAGES[language][key]).not.toMatch(/33/);
      }
    }
  });
});

describe('everyday equivalents say where they come from', () => {
  it('a Google search at 0.3 Wh is Google’s 2009 figure', () => {
    expect(EQUIVALENT_UNITS['google-searches'].source).toMatch(/^Google 2009/);
    for (const language of ['en', 'nl'] as const) {
      expect(MESSAGES[language].tip1).toContain('2009');
    }
  });

  it('2 L of drinking water a day is the WHO’s adult default, not the seed report’s', () => {
    expect(EQUIVALENT_UNITS['drinking-water-people'].source).toMatch(/^WHO/);
    expect(MESSAGES.en.equivalentsUsed).toContain('2 L per adult a day (WHO)');
    expect(MESSAGES.nl.equivalentsUsed).toContain('2 liter per volwassene per dag (WHO)');
  });
});
