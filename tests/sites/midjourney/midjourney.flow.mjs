import { reply } from '../../e2e/support/routes.mjs';

/** www.midjourney.com in the e2e tests: the model /imagine page with a past grid; Enter submits a job. */
export default {
  kind: 'image',
  site: 'midjourney',
  origins: ['https://www.midjourney.com'],
  fixture: 'www.midjourney.com-2026-02-model.html',
  pageUrl: 'https://www.midjourney.com/imagine',
  composer: 'textarea[name="prompt"]',
  generate: null, // Enter in the prompt box
  images: 4,
  upscale: 1,
  /** submit-jobs answers one accepted job per request (SOURCE.txt response shape), a fresh job id each. */
  api(url, method) {
    if (new URL(url).pathname !== '/api/submit-jobs' || method !== 'POST') return null;
    return reply(
      200,
      'application/json',
      JSON.stringify({
        success: [
          {
            job_id: crypto.randomUUID(),
            prompt: 'echo of the prompt',
            is_queued: false,
            event_type: 'diffusion',
            meta: { width: 1024, height: 1024, batch_size: 4, parent_id: null, parent_grid: null },
          },
        ],
        failure: [],
      }),
    );
  },
};
