import type { ImageJob, SiteAdapter } from './types';
import { field, imageCount, job, NO_USER_TURNS } from './image-jobs';

/**
 * An `/api/images/sample` exchange (SOURCE.txt): the request asks for `num_images` (an upscale, parent
 * type SUPER_RES, asks for 1); the response's `request_id` is the job. A response without one was
 * refused. Counted when the job is accepted: the retrieve-requests polls that follow also list old jobs
 * (the library), so they are never read.
 */
function readSample(request: unknown, response: unknown): ImageJob[] {
  const upscale = field(field(request, 'parent'), 'type') === 'SUPER_RES';
  const images = upscale ? 1 : imageCount(field(request, 'num_images'), 1);
  return job(field(response, 'request_id'), images);
}

/**
 * ideogram.ai, see SITES.md §16 and tests/fixtures/sites/ideogram/SOURCE.txt. Counts images only, from
 * the generate request and its response read in the page world. The page's images never count: the
 * library and /t/explore grow new images on their own.
 */
export const ideogram: SiteAdapter = {
  id: 'ideogram',
  name: 'Ideogram',
  matches: ['https://ideogram.ai/*'],
  composer: '.tiptap-prompt-editor, [contenteditable="true"][role="textbox"]',
  sendButton: '[data-testid="generate-button"]',
  userTurn: NO_USER_TURNS,
  imageJobs: [{ url: /^https:\/\/ideogram\.ai\/api\/images\/sample(\?|$)/, read: readSample }],
};
