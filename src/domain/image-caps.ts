/** Most images one job may claim; a larger number is a misread and is cut down to this. */
export const MAX_JOB_IMAGES = 16;

/**
 * What one person's action can make on a site whose jobs a page-world bridge reads: at most
 * `jobsPerGesture` jobs from the one request a gesture allows, each of at most `imagesPerJob` images.
 * A report above either is cut down to it, so a page that fools the bridge gains at most one action's
 * worth per real click or key press. Each figure and its source: docs/sites.md, "Caps per action".
 */
export interface JobCaps {
  jobsPerGesture: number;
  imagesPerJob: number;
}

/** Caps by site id; a bridged site without its own entry gets DEFAULT_JOB_CAPS (a test checks there is none). */
export const JOB_CAPS: Readonly<Record<string, JobCaps>> = {
  // A submit returns an array of jobs; --repeat makes up to 40 (Pro/Mega plans). A grid is 4 images.
  midjourney: { jobsPerGesture: 40, imagesPerJob: 4 },
  // num_images 1–8 per request, one request_id.
  ideogram: { jobsPerGesture: 1, imagesPerJob: 8 },
  // num_images 1–8 per generation (1–4 above 768 px), one generationId.
  leonardo: { jobsPerGesture: 1, imagesPerJob: 8 },
  // Partner models: n variations, 4 at most in Firefly's public API.
  firefly: { jobsPerGesture: 1, imagesPerJob: 4 },
  // One answer (a side-by-side comparison adds a second); the client asks for 2 images.
  grok: { jobsPerGesture: 2, imagesPerJob: 4 },
  // One turn of typically 4 images (numMedia: 4).
  metaai: { jobsPerGesture: 1, imagesPerJob: 4 },
  // Each generated image of an answer is its own job of 1; no cap is documented, 4 per answer.
  copilot: { jobsPerGesture: 4, imagesPerJob: 1 },
};

/** Caps for a bridged site with no entry in JOB_CAPS: one job of one grid. */
export const DEFAULT_JOB_CAPS: JobCaps = { jobsPerGesture: 1, imagesPerJob: 4 };

/**
 * Most generated images a chat site's answer may add under one counted send (ChatGPT, Gemini: one is
 * usual, a few are possible; neither documents a maximum). See docs/sites.md, "Caps per action".
 */
export const CHAT_IMAGES_PER_SEND = 4;

/**
 * A tab's counter writes at most `burst` events at once and `perMinute` after that: enough for the
 * largest single action (Midjourney, 40 × 4 images) and a busy person, while a flood a page provokes
 * cannot become a flood of writes.
 */
export const TAB_EVENT_RATE = { burst: 200, perMinute: 120 } as const;
