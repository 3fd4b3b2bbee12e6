/**
 * Bounds and defaults for generated video clips. They reject forged or garbled counts; they do not
 * enforce any site's product rules (docs/sites.md lists each site's own limits and sources).
 */

/**
 * Most clips one accepted video job may claim. Midjourney's web app makes `--bs` 1, 2 or 4 clips per
 * job (4 by default; docs.midjourney.com/docs/video and JuyeongYi/PythonMidjourneyAPIClient
 * `midjourney_api/api.py`, 2026-02); no other site makes more per job.
 */
export const MAX_JOB_VIDEOS = 4;

/**
 * Longest clip, in seconds, a job may claim: Sora 2's longest `n_frames` is 750 at 30 fps (25 s), a
 * four-times-extended Midjourney clip 21 s. A longer claim is cut down to this.
 */
export const MAX_CLIP_SECONDS = 25;

/**
 * Length counted for a clip whose length neither request nor response tells: 5 s, the length of a
 * new Midjourney clip and the clip the published per-clip measurements describe (docs/methodology.md).
 */
export const DEFAULT_CLIP_SECONDS = 5;

/** The seconds a clip counts for in the footprint: its own length when known, else the default. */
export function clipSeconds(durationSec: number | undefined): number {
  return durationSec ?? DEFAULT_CLIP_SECONDS;
}
