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
  /** The double's animate control (`[data-e2e="animate"]`) asks for one video job of `--bs 1`. */
  videos: 1,
  /**
   * submit-jobs answers one accepted job per request (SOURCE.txt response shape), a fresh job id each;
   * a video submit (`t: "video"`) a `video_diffusion` job, as midjourney-video-submit-response-model.json.
   * `window.__e2eReplayVideo()` in the double sends the last video request again: with
   * `replayJobId` set the stub answers it with that job id, as a replayed response would be.
   */
  api(url, method, options = {}) {
    if (new URL(url).pathname !== '/api/submit-jobs' || method !== 'POST') return null;
    const request = options.body ? JSON.parse(options.body) : {};
    if (request.t === 'video') {
      return reply(
        200,
        'application/json',
        JSON.stringify({
          success: [
            {
              job_id: request.e2eReplayOf ?? crypto.randomUUID(),
              is_queued: false,
              event_type: 'video_diffusion',
              meta: { batch_size: 4 },
            },
          ],
          failure: [],
        }),
      );
    }
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
