import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, sitePage, siteSimulator } from './paths.mjs';

/** A stub answer for a site's API in the e2e tests. */
export const reply = (status, contentType, body) => ({ status, contentType, body });

/** The prompt of the chat-image e2e test: a site's stub answers it with generated images. */
export const IMAGE_PROMPT = 'draw two foxes';

/** Does a request body (text) ask for images, i.e. carry the image prompt? */
export const asksForImages = (body) => typeof body === 'string' && body.includes(IMAGE_PROMPT);

/** A streaming answer that succeeded, or the site refusing with `status` (rate limit etc.). */
export const sendReply = (status = 200) =>
  status === 200
    ? reply(200, 'text/event-stream', 'data: {"message":{}}\n\ndata: [DONE]\n\n')
    : reply(status, 'application/json', '{"detail":"refused"}');

/**
 * What a site answers in the e2e tests, by URL (and `options.body`, the request's body, for stubs that
 * answer about the job they are asked about): the flow's API stubs first, then the test double
 * script, then the captured page (options.fixture, else the flow's) at every other path.
 */
export function siteResponse(flow, url, method, options = {}) {
  const { pathname } = new URL(url);
  if (pathname === '/__e2e/sim.js') return reply(200, 'text/javascript', siteSimulator(flow));
  const api = flow.api?.(url, method, options);
  if (api) return api;
  if (pathname === '/favicon.ico') return reply(404, 'text/plain', '');
  return reply(
    200,
    'text/html',
    sitePage(flow.site, options.fixture ?? flow.fixture, options.config),
  );
}

/** Every site flow (`tests/sites/<site>/<site>.flow.mjs`). */
export async function loadFlows() {
  const dir = join(ROOT, 'tests/sites');
  const files = readdirSync(dir)
    .map((site) => join(dir, site, `${site}.flow.mjs`))
    .filter((file) => existsSync(file));
  return Promise.all(files.map(async (file) => (await import(pathToFileURL(file).href)).default));
}
