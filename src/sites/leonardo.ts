import type { BridgeRules, ImageJob, SiteAdapter } from '../domain/site';
import { entries, field, imageCount, job, NO_USER_TURNS, path } from './image-jobs';

/** Every GraphQL operation posts here; the request's `operationName` tells them apart. */
const GRAPHQL = /^https:\/\/api\.leonardo\.ai\/v1\/graphql(\?|$)/;

/**
 * One GraphQL exchange on api.leonardo.ai (SOURCE.txt); every operation posts to the same URL, so the
 * request's `operationName` tells them apart.
 * - `Generate` (2026 web app): `variables.request.parameters.quantity` images, job
 *   `data.generate.generationId`; a video (`parameters.duration`) makes none.
 * - `CreateSDGenerationJob` (legacy): `variables.arg1.num_images`, job `data.sdGenerationJob.generationId`.
 * - Upscale / unzoom jobs make one image; their response shape is not evidenced, so the job id is the
 *   first id-like field of the operation's result (unverified).
 * A GraphQL error comes back as 200 with `errors` and no id: nothing counts.
 */
function readGraphql(request: unknown, response: unknown): ImageJob[] {
  const data = field(response, 'data');
  switch (field(request, 'operationName')) {
    case 'Generate': {
      const parameters = path(request, 'variables', 'request', 'parameters');
      if (field(parameters, 'duration') !== undefined) return [];
      return job(
        path(data, 'generate', 'generationId'),
        imageCount(field(parameters, 'quantity'), 1),
      );
    }
    case 'CreateSDGenerationJob':
      return job(
        path(data, 'sdGenerationJob', 'generationId'),
        imageCount(path(request, 'variables', 'arg1', 'num_images'), 1),
      );
    case 'CreateUniversalUpscalerJob':
    case 'CreateUpscaleJob':
    case 'CreateUnzoomJob': {
      const result = typeof data === 'object' && data !== null ? Object.values(data)[0] : undefined;
      const idKey = Object.keys((result as object | undefined) ?? {}).find((k) => /id$/i.test(k));
      return idKey ? job(field(result, idKey), 1) : [];
    }
    default:
      return [];
  }
}

/**
 * A GraphQL query that lists generations (SOURCE.txt): the app's poll `GetAIGenerationFeedStatuses`
 * (`{id, status}`) and the feed queries (`GetAIGenerationFeed` …, with `generated_images[]`). A
 * `COMPLETE` generation made its `generated_images` (as many as accepted when the query has none), a
 * `FAILED` one none; `PENDING` is still running. Feeds list old generations too: only jobs this page
 * saw accepted can finish (image-job-counter).
 */
function readGenerations(_request: unknown, response: unknown): ImageJob[] {
  return entries(path(response, 'data', 'generations')).flatMap((generation) => {
    const jobKey = field(generation, 'id');
    const status = field(generation, 'status');
    if (status === 'FAILED') return job(jobKey, 0);
    if (status !== 'COMPLETE') return [];
    const images = field(generation, 'generated_images');
    return job(jobKey, Array.isArray(images) ? images.length : undefined);
  });
}

/**
 * app.leonardo.ai, see docs/sites.md#leonardoai and tests/sites/leonardo/SOURCE.txt. Counts images only,
 * from GraphQL requests to api.leonardo.ai and their responses, read in the page world (the API is
 * cross-origin but the page reads it, so no host permission is needed for it): a generation accepted
 * after a gesture counts once a generations query reports it `COMPLETE`. Several clients poll
 * `GetAIGenerationFeedStatuses` with the web app's own query text; should the app learn of completion
 * another way (a subscription), its jobs would not count, which the detection-health page would not
 * show, so revisit with a live capture. The page's DOM is unknown and never counts: feeds of past and
 * other people's generations.
 */
export const leonardo: SiteAdapter = {
  id: 'leonardo',
  name: 'Leonardo.Ai',
  matches: ['https://app.leonardo.ai/*'],
  composer: 'textarea[name="prompt"], textarea[placeholder*="prompt" i]',
  sendButton: 'button[type="submit"], button[data-testid="generate-button"]',
  userTurn: NO_USER_TURNS,
  bridge: { imageJobs: 'finished' },
};

/** What Leonardo.Ai's page-world bridge reads (entrypoints/leonardo-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    { url: GRAPHQL, read: readGraphql },
    { url: GRAPHQL, reports: 'finished', read: readGenerations },
  ],
};
