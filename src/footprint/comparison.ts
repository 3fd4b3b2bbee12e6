import { PRESETS, type ActionKind } from './presets';

/** How many times one figure exceeds another, lowest and highest over the sites. */
export interface Times {
  low: number;
  high: number;
}

/**
 * How many times the Dutch report's energy per action exceeds the 2025 preset's, from its highest
 * site figure (low) to its lowest (high). Computed, so the UI's "12 to 17 times" follows the presets.
 */
export function reportOver2025(kind: ActionKind): Times {
  const report = PRESETS['dutch-report-2024'].factors[kind].wh;
  const recent = PRESETS['disclosures-2025'].factors[kind];
  const all = [recent.wh, ...Object.values(recent.whBySite ?? {})];
  return { low: report / Math.max(...all), high: report / Math.min(...all) };
}

/** The placeholders the preset descriptions use: {textLow}, {textHigh} and {image}, whole numbers. */
export function reportOver2025Values(): Record<'textLow' | 'textHigh' | 'image', string> {
  const text = reportOver2025('prompt');
  const image = reportOver2025('image');
  return {
    textLow: String(Math.round(text.low)),
    textHigh: String(Math.round(text.high)),
    image: String(Math.round((image.low + image.high) / 2)),
  };
}
