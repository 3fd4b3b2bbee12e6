import type { ImageJob } from '../domain/site';
import { MAX_JOB_VIDEOS } from '../domain/video';
import { field, imageCount, job, path } from './image-jobs';

/**
 * Midjourney's video jobs, apart from its image jobs so the two can change on their own
 * (docs/sites.md#midjourney, tests/sites/midjourney/SOURCE.txt).
 */

/** Seconds of footage a new Midjourney clip has (animate, start/end frame, loop). */
const CLIP_SECONDS = 5;
/** Seconds of new footage one extend adds to a clip. */
const EXTEND_SECONDS = 4;

/** Whether a submit-jobs request asks for video (`t: "video"`). */
export const isVideoSubmit = (request: unknown): boolean => field(request, 't') === 'video';

/** Whether an accepted job is a video job (video_diffusion, video_start_end, video_extended). */
export const isVideoJob = (entry: unknown): boolean =>
  /^video/.test(String(field(entry, 'event_type')));

/**
 * Clips a video job makes: `--bs N` in the request's `newPrompt` (1, 2 or 4), else the response's
 * `meta.batch_size`, else 4, the web app's default. Only the number is read, never the prompt.
 */
function clipCount(request: unknown, entry: unknown): number {
  const prompt = field(request, 'newPrompt');
  const match = typeof prompt === 'string' ? /(?:^|\s)--bs\s+(\d+)/.exec(prompt) : null;
  const asked = match ? Number(match[1]) : path(entry, 'meta', 'batch_size');
  return Math.min(imageCount(asked, MAX_JOB_VIDEOS), MAX_JOB_VIDEOS) || MAX_JOB_VIDEOS;
}

/**
 * The accepted jobs of a video submit: each makes `--bs` clips of 5 s, or 4 s of new footage for an
 * extend (`videoType` `vid_1.1_i2v_extend_*`).
 */
export function readVideoJobs(request: unknown, success: readonly unknown[]): ImageJob[] {
  const videoType = field(request, 'videoType');
  const durationSec =
    typeof videoType === 'string' && videoType.includes('_extend_') ? EXTEND_SECONDS : CLIP_SECONDS;
  return success.flatMap((entry) =>
    job(field(entry, 'job_id')).map((j) => ({
      jobKey: j.jobKey,
      videos: clipCount(request, entry),
      durationSec,
    })),
  );
}
