import { reply } from '../../e2e/support/routes.mjs';

const CORS = {
  'access-control-allow-origin': 'https://app.leonardo.ai',
  'access-control-allow-headers': 'content-type, authorization',
  'access-control-allow-methods': 'POST, OPTIONS',
};

/** app.leonardo.ai in the e2e tests: the model generator page; Generate posts GraphQL to api.leonardo.ai. */
export default {
  kind: 'image',
  site: 'leonardo',
  origins: ['https://app.leonardo.ai', 'https://api.leonardo.ai'],
  fixture: 'app.leonardo.ai-2026-08-model.html',
  pageUrl: 'https://app.leonardo.ai/image-generation',
  composer: 'textarea[name="prompt"]',
  generate: 'form[aria-label="Image generation"] button',
  images: 4,
  /** Its jobs count once a status poll says done (the sim polls; a reload mid-job is tested). */
  finishesByPoll: true,
  /**
   * The cross-origin GraphQL endpoint (with CORS, as the real API answers the app): Generate answers a
   * fresh generationId; GetAIGenerationFeedStatuses reports every generation asked about COMPLETE.
   */
  api(url, method, { body } = {}) {
    const { host, pathname } = new URL(url);
    if (host !== 'api.leonardo.ai' || pathname !== '/v1/graphql') return null;
    if (method === 'OPTIONS')
      return { status: 204, contentType: 'text/plain', body: '', headers: CORS };
    const request = JSON.parse(body);
    if (request.operationName === 'GetAIGenerationFeedStatuses') {
      const generations = request.variables.where.id._in.map((id) => ({ id, status: 'COMPLETE' }));
      return {
        ...reply(200, 'application/json', JSON.stringify({ data: { generations } })),
        headers: CORS,
      };
    }
    return {
      ...reply(
        200,
        'application/json',
        JSON.stringify({
          data: {
            generate: {
              apiCreditCost: null,
              generationId: crypto.randomUUID(),
              cost: { amount: '8', unit: 'CREDITS' },
              __typename: 'CreateGenerationResponse',
            },
          },
        }),
      ),
      headers: CORS,
    };
  },
};
