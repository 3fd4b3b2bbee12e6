import type { BridgeRules, ImageJob, SiteAdapter } from '../domain/site';
import { field, imageCount, job, NO_USER_TURNS, path } from './image-jobs';

/**
 * A submit-jobs exchange (SOURCE.txt): `t` is the job type; each `success[]` entry is one accepted job
 * with its `job_id` and `meta.batch_size` images. A grid (imagine, vary, remix, reroll, pan) makes
 * `batch_size` images (4 when meta is missing), an upscale one; a video job makes no image and a
 * `failure[]` entry (moderation, no credits) is not a job.
 */
function readSubmitJobs(request: unknown, response: unknown): ImageJob[] {
  const type = field(request, 't');
  if (type === 'video') return [];
  const success = field(response, 'success');
  if (!Array.isArray(success)) return [];
  return success.flatMap((entry: unknown) => {
    // video_diffusion, video_start_end, video_extended: not images.
    if (/^video/.test(String(field(entry, 'event_type')))) return [];
    const images = type === 'upscale' ? 1 : imageCount(path(entry, 'meta', 'batch_size'), 4);
    return job(field(entry, 'job_id'), images);
  });
}

/**
 * www.midjourney.com, see docs/sites.md#midjourney and tests/sites/midjourney/SOURCE.txt. Counts images
 * only, from the submit-jobs response read in the page world: job id + grid index. The page's images
 * (cdn.midjourney.com/<job_id>/0_<i>…) never count: /imagine, /explore and /organize show history and
 * other people's work. The DOM (a "What will you imagine?" textarea, Enter submits) is low confidence.
 * Counted when the job is accepted, not when it completes: the web app learns of completion over a
 * websocket whose frames are not evidenced (`/api/app/job-status` is an older client's poll), so a
 * completion rule could silently count nothing; a job cancelled after acceptance still counts.
 */
export const midjourney: SiteAdapter = {
  id: 'midjourney',
  name: 'Midjourney',
  matches: ['https://www.midjourney.com/*'],
  composer: 'textarea[placeholder*="imagine" i], textarea[name="prompt"]',
  // No visible submit button in the web app; Enter submits.
  sendButton: 'button[type="submit"][form="imagine-bar"]',
  userTurn: NO_USER_TURNS,
  bridge: { imageJobs: 'accepted' },
};

/** What Midjourney's page-world bridge reads (entrypoints/midjourney-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    {
      // 2026 clients `/api/submit-jobs`, 2024–2025 `/api/app/submit-jobs`.
      url: /^https:\/\/www\.midjourney\.com\/api\/(app\/)?submit-jobs(\?|$)/,
      read: readSubmitJobs,
    },
  ],
};
