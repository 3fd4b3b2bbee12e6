import { reply } from '../../e2e/support/routes.mjs';

/** ideogram.ai in the e2e tests: the model library page; Generate posts /api/images/sample by XHR. */
export default {
  kind: 'image',
  site: 'ideogram',
  origins: ['https://ideogram.ai'],
  fixture: 'ideogram.ai-2026-01-model.html',
  pageUrl: 'https://ideogram.ai/t/my-images',
  composer: '.tiptap-prompt-editor',
  generate: '[data-testid="generate-button"]',
  images: 4,
  /** Its jobs count once a status poll says done (the sim polls; a reload mid-job is tested). */
  finishesByPoll: true,
  /**
   * images/sample answers a fresh request_id (SOURCE.txt); retrieve-requests reports every request it
   * is asked about completed with 4 responses (old library requests too: they must not count).
   */
  api(url, method, { body } = {}) {
    const { pathname } = new URL(url);
    if (method !== 'POST') return null;
    if (pathname === '/api/images/sample')
      return reply(200, 'application/json', JSON.stringify({ request_id: crypto.randomUUID() }));
    if (pathname !== '/api/gallery/retrieve-requests') return null;
    const sampling_requests = JSON.parse(body).request_ids.map((request_id) => ({
      request_id,
      is_completed: true,
      is_errored: false,
      completion_percentage: 100,
      responses: [0, 1, 2, 3].map((i) => ({ response_id: `${request_id}-${i}` })),
    }));
    return reply(200, 'application/json', JSON.stringify({ sampling_requests }));
  },
};
