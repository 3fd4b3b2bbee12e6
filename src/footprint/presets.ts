import type { RegionId, WaterLocationId } from './locations';
import {
  JEGHAM_V6,
  MODE_FIGURES,
  OVIEDO_2026,
  PER_MODEL_SOURCES,
  STANDARD_WH_BY_SITE,
} from './per-mode';
import type { EnergyRange, Source } from './source';

export type { EnergyRange, Source } from './source';

/**
 * Per-action factors and their publications (docs/methodology.md, "Presets"). Bump a preset's `version` whenever
 * one of its figures changes, so that exports can say which figures they were computed with.
 */

export const PRESET_IDS = [
  'dutch-report-2024',
  'disclosures-2025',
  'per-model-2026',
  'custom',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/**
 * What one counted action is; the same names the stored events use. A video's factors are per second
 * of generated footage, not per clip: clips differ in length (docs/methodology.md).
 */
export type ActionKind = 'prompt' | 'image' | 'video';
export const ACTION_KINDS: readonly ActionKind[] = ['prompt', 'image', 'video'];

/** What one action costs under a preset. */
export interface ActionFactors {
  /** Energy per action in Wh, for every site not listed in `whBySite`. */
  wh: number;
  /** Energy per action in Wh for particular site ids (the ids of `src/sites`). */
  whBySite?: Readonly<Record<string, number>>;
  /** g CO2 per action as the source states it, valid at the preset's reference location only. */
  gco2?: number;
  /** ml water per action as the source states it, valid at the preset's reference location only. */
  ml?: number;
}

export interface Preset {
  id: PresetId;
  version: number;
  sources: readonly Source[];
  factors: Readonly<Record<ActionKind, ActionFactors>>;
  /**
   * Where the stated `gco2`/`ml` hold. Elsewhere they are rescaled by the ratio of grid intensity and
   * of water intensity. Null when the preset states energy only and CO2/water follow from it.
   */
  reference: { regionId: RegionId; waterLocationId: WaterLocationId } | null;
}

const LI_2023: Source = {
  title:
    'Making AI Less Thirsty: Uncovering and Addressing the Secret Water Footprint of AI Models',
  year: 2023,
  url: 'https://arxiv.org/abs/2304.03271',
};

const POWER_HUNGRY: Source = {
  title: 'Power Hungry Processing: Watts Driving the Cost of AI Deployment? (FAccT 2024)',
  year: 2024,
  url: 'https://arxiv.org/abs/2311.16863',
};

const MIT_TR_2025: Source = {
  title: "We did the math on AI's energy footprint (MIT Technology Review)",
  year: 2025,
  url: 'https://www.technologyreview.com/2025/05/20/1116327/ai-energy-usage-climate-footprint-big-tech/',
};

const HF_VIDEO_2025: Source = {
  title: 'How Much Power does a SOTA Open Video Model Use? (Hugging Face, 2 July 2025)',
  year: 2025,
  url: 'https://huggingface.co/blog/jdelavande/text-to-video-energy-cost',
};

const VIDEO_ENERGY_BUDGET_2025: Source = {
  title:
    'Video Killed the Energy Budget: Characterizing the Latency and Power Regimes of Open Text-to-Video Models (23 September 2025)',
  year: 2025,
  url: 'https://arxiv.org/abs/2509.19222',
};

/**
 * Energy per second of generated video (Wh), the same in every preset: no provider discloses one and
 * the Dutch report has none. 15 Wh/s (75 Wh for a 5-second clip) is the geometric middle of the
 * range below, between MIT Technology Review's older CogVideoX clip (about 5 Wh/s) and Hugging Face's
 * "over 100 Wh" per clip (docs/methodology.md gives the reasoning).
 */
export const VIDEO_WH_PER_SECOND = 15;

/** The sources of the video figure and its range. */
export const VIDEO_SOURCES: readonly Source[] = [
  MIT_TR_2025,
  HF_VIDEO_2025,
  VIDEO_ENERGY_BUDGET_2025,
];

/** Default custom factors: the 2025 preset's figures for "other chat sites", images and video. */
export const DEFAULT_CUSTOM_FACTORS = {
  promptWh: 0.3,
  imageWh: 2.9,
  videoWhPerSecond: VIDEO_WH_PER_SECOND,
} as const;

/**
 * Upper bound for a custom factor: room for a whole clip at the heaviest published measurement
 * (about 944 Wh for 5 seconds, MIT Technology Review 2025), far above any prompt or image.
 */
export const CUSTOM_FACTOR_MAX_WH = 1000;

/** Every preset the user can choose from. */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'dutch-report-2024': {
    id: 'dutch-report-2024',
    version: 1,
    sources: [
      { title: 'Milieu-impact van AI in het onderwijs', year: 2024 },
      {
        title: 'Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
        year: 2022,
        url: 'https://arxiv.org/abs/2211.02001',
      },
      {
        title: 'The growing energy footprint of artificial intelligence (Joule)',
        year: 2023,
        url: 'https://doi.org/10.1016/j.joule.2023.09.004',
      },
      LI_2023,
      // The report has no video figure: its video factor is the cited one below, not the report's.
      ...VIDEO_SOURCES,
    ],
    // The report's own rounded CO2 and water figures are kept (the school-day table uses them),
    // not recomputed from energy: 8.5 Wh × 250 g/kWh would give 2.125 g where the report says 2.1.
    factors: {
      prompt: { wh: 4, gco2: 1, ml: 16 },
      image: { wh: 8.5, gco2: 2.1, ml: 34 },
      video: { wh: VIDEO_WH_PER_SECOND },
    },
    reference: { regionId: 'nl', waterLocationId: 'nl' },
  },
  'disclosures-2025': {
    id: 'disclosures-2025',
    version: 1,
    sources: [
      {
        // A blog post by OpenAI's CEO: no method, model or token count given.
        title: 'The Gentle Singularity (blog post; OpenAI: average ChatGPT query 0.34 Wh)',
        year: 2025,
        url: 'https://blog.samaltman.com/the-gentle-singularity',
      },
      {
        // A median, used as if it were a mean: Google gives no mean (docs/methodology.md).
        title:
          'Measuring the environmental impact of delivering AI at Google Scale (median Gemini Apps text prompt 0.24 Wh)',
        year: 2025,
        url: 'https://arxiv.org/abs/2508.15734',
      },
      {
        title: 'How much energy does ChatGPT use? (Epoch AI estimate: typical GPT-4o query 0.3 Wh)',
        year: 2025,
        url: 'https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use',
      },
      POWER_HUNGRY,
      LI_2023,
      ...VIDEO_SOURCES,
    ],
    factors: {
      prompt: { wh: 0.3, whBySite: { chatgpt: 0.34, gemini: 0.24 } },
      image: { wh: 2.9 },
      video: { wh: VIDEO_WH_PER_SECOND },
    },
    reference: null,
  },
  // Prompts are costed per mode (see per-mode.ts, which holds each figure's source); this `wh` is the
  // standard figure, used for a prompt whose mode was not counted.
  'per-model-2026': {
    id: 'per-model-2026',
    version: 1,
    sources: [...PER_MODEL_SOURCES, POWER_HUNGRY, LI_2023, ...VIDEO_SOURCES],
    factors: {
      prompt: { wh: MODE_FIGURES.standard.wh, whBySite: STANDARD_WH_BY_SITE },
      image: { wh: 2.9 },
      video: { wh: VIDEO_WH_PER_SECOND },
    },
    reference: null,
  },
  custom: {
    id: 'custom',
    version: 1,
    sources: [LI_2023],
    // Placeholders: the user's own factors (FootprintSettings.custom) replace these when computing.
    factors: {
      prompt: { wh: DEFAULT_CUSTOM_FACTORS.promptWh },
      image: { wh: DEFAULT_CUSTOM_FACTORS.imageWh },
      video: { wh: DEFAULT_CUSTOM_FACTORS.videoWhPerSecond },
    },
    reference: null,
  },
};

/**
 * The range shown beside the central figure (docs/methodology.md, "Range"). A prompt spans the two
 * presets' figures: Google's 0.24 Wh median to the Dutch report's 4 Wh. An image spans the most and
 * the least efficient image model measured. Not a confidence interval: computeFootprint widens it to
 * the chosen preset's own figure wherever that lies outside (custom factors, the report's 16 ml).
 */
export const RANGE: Readonly<Record<ActionKind, EnergyRange>> = {
  prompt: { lowWh: 0.24, highWh: 4 },
  image: { lowWh: 0.63, highWh: 11.5 },
  // Per second of video. Low: a few watt-minutes per short clip (Hugging Face 2025), about one image
  // per second (Midjourney's own price ratio). High: CogVideoX, 3.4 MJ for 5 s (MIT Technology Review).
  video: { lowWh: 1, highWh: 190 },
};

export const RANGE_SOURCES: readonly Source[] = [
  {
    title: 'Measuring the environmental impact of delivering AI at Google Scale',
    year: 2025,
    url: 'https://arxiv.org/abs/2508.15734',
  },
  { title: 'Milieu-impact van AI in het onderwijs', year: 2024 },
  MIT_TR_2025,
  POWER_HUNGRY,
];

/**
 * Heavy reasoning prompts, mentioned in the UI (docs/methodology.md, "Heavy reasoning"): from the
 * median of a query with 15× the tokens (3.91 Wh) to what the heaviest models take for a long
 * prompt (more than 29 Wh). Each source is pinned to the version the figure comes from.
 */
export const HEAVY_REASONING: EnergyRange & { sources: readonly Source[] } = {
  lowWh: 3.91,
  highWh: 29,
  sources: [OVIEDO_2026, JEGHAM_V6],
};
