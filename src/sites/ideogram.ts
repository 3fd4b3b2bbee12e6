import type { BridgeRules, ImageJob, SiteAdapter } from '../domain/site';
import { entries, field, imageCount, job, NO_USER_TURNS } from './image-jobs';

/**
 * An `/api/images/sample` exchange (SOURCE.txt): the request asks for `num_images` (an upscale, parent
 * type SUPER_RES, asks for 1); the response's `request_id` is the job. A response without one was
 * refused.
 */
function readSample(request: unknown, response: unknown): ImageJob[] {
  const upscale = field(field(request, 'parent'), 'type') === 'SUPER_RES';
  const images = upscale ? 1 : imageCount(field(request, 'num_images'), 1);
  return job(field(response, 'request_id'), images);
}

/**
 * A `/api/gallery/retrieve-requests` poll (SOURCE.txt): each `sampling_requests[]` entry that
 * `is_completed` made `responses.length` images; `is_errored` made none; others are still running. The
 * library polls old requests too: only jobs this page saw accepted can finish (image-job-counter).
 */
function readRetrieveRequests(_request: unknown, response: unknown): ImageJob[] {
  return entries(field(response, 'sampling_requests')).flatMap((entry) => {
    const jobKey = field(entry, 'request_id');
    if (field(entry, 'is_errored') === true) return job(jobKey, 0);
    if (field(entry, 'is_completed') !== true) return [];
    return job(jobKey, entries(field(entry, 'responses')).length);
  });
}

/**
 * ideogram.ai, see docs/sites.md#ideogram and tests/sites/ideogram/SOURCE.txt. Counts images only, read
 * in the page world: a generate request accepted after a gesture, counted once the app's own
 * retrieve-requests poll reports it completed (a failed one counts none). The page's images never
 * count: the library and /t/explore grow new images on their own.
 */
export const ideogram: SiteAdapter = {
  id: 'ideogram',
  name: 'Ideogram',
  matches: ['https://ideogram.ai/*'],
  composer: '.tiptap-prompt-editor, [contenteditable="true"][role="textbox"]',
  sendButton: '[data-testid="generate-button"]',
  userTurn: NO_USER_TURNS,
  bridge: { imageJobs: 'finished' },
};

/** What Ideogram's page-world bridge reads (entrypoints/ideogram-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    { url: /^https:\/\/ideogram\.ai\/api\/images\/sample(\?|$)/, read: readSample },
    {
      url: /^https:\/\/ideogram\.ai\/api\/gallery\/retrieve-requests(\?|$)/,
      reports: 'finished',
      read: readRetrieveRequests,
    },
  ],
};
