import type { EnergyRange, Source } from './source';

/**
 * The modes a prompt is costed by: the same names as the stored events' modes (src/domain keeps the
 * list the events use; footprint maths sits beside the domain floor and imports nothing of ours).
 */
export const PROMPT_MODES = ['standard', 'reasoning', 'deep-research', 'unknown'] as const;
export type Mode = (typeof PROMPT_MODES)[number];

/** A figure per mode with its low–high range, in Wh per prompt, and where each comes from. */
export interface ModeFigure extends EnergyRange {
  wh: number;
  sources: readonly Source[];
}

/** Oviedo et al.: per-prompt energy by the tokens a model spends, reasoning among them. */
export const OVIEDO_2026: Source = {
  title:
    'Energy Use of AI Inference: Efficiency Pathways and Test-Time Scaling (arXiv 2509.20241 v2, 9 June 2026)',
  year: 2026,
  url: 'https://arxiv.org/abs/2509.20241v2',
};

/** Jegham et al.: energy, water and carbon per prompt of many hosted models. */
export const JEGHAM_V6: Source = {
  title:
    'How Hungry is AI? Benchmarking Energy, Water, and Carbon Footprint of LLM Inference (arXiv 2505.09598 v6, 24 November 2025)',
  year: 2025,
  url: 'https://arxiv.org/abs/2505.09598v6',
};

const GOOGLE_2025: Source = {
  title:
    'Measuring the environmental impact of delivering AI at Google Scale (arXiv 2508.15734, 21 August 2025: median Gemini Apps text prompt)',
  year: 2025,
  url: 'https://arxiv.org/abs/2508.15734',
};

/**
 * The `per-model-2026` preset's energy per prompt, by mode. Standard and reasoning are Oviedo et al.'s
 * medians and interquartile ranges (v2); reasoning's high end reaches Jegham et al.'s "> 29 Wh" for
 * the longest prompts of the heaviest models. No published per-task figure for deep research exists:
 * it takes the reasoning upper quartile (7.05 Wh) as a stated lower bound. `unknown` takes the
 * standard figure with the widest range, from the standard low to the heaviest reasoning.
 */
export const MODE_FIGURES: Readonly<Record<Mode, ModeFigure>> = {
  standard: { wh: 0.31, lowWh: 0.16, highWh: 0.6, sources: [OVIEDO_2026] },
  reasoning: { wh: 3.91, lowWh: 2.15, highWh: 29, sources: [OVIEDO_2026, JEGHAM_V6] },
  'deep-research': { wh: 7.05, lowWh: 3.91, highWh: 29, sources: [OVIEDO_2026, JEGHAM_V6] },
  unknown: { wh: 0.31, lowWh: 0.16, highWh: 29, sources: [OVIEDO_2026, JEGHAM_V6] },
};

/**
 * Standard-mode figures a provider published for its own service, used for that site's standard
 * prompts: Google's median Gemini Apps text prompt (a median, used here as the typical prompt).
 */
export const STANDARD_WH_BY_SITE: Readonly<Record<string, number>> = { gemini: 0.24 };

/** Every source the preset cites. */
export const PER_MODEL_SOURCES: readonly Source[] = [OVIEDO_2026, JEGHAM_V6, GOOGLE_2025];
