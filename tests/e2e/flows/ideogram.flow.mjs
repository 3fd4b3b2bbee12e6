import { reply } from '../support/routes.mjs';

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
  /** images/sample answers a fresh request_id (SOURCE.txt). */
  api(url, method) {
    if (new URL(url).pathname !== '/api/images/sample' || method !== 'POST') return null;
    return reply(200, 'application/json', JSON.stringify({ request_id: crypto.randomUUID() }));
  },
};
