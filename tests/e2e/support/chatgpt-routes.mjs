import { sitePage, siteSimulator } from './paths.mjs';
import { solidPng } from './png.mjs';

const IMAGE = solidPng(256);

/**
 * What chatgpt.com answers in the tests, by URL: the captured page at any page path, the test double
 * script, a stub stream for the send endpoint (or `sendStatus`), and a real PNG for generated images.
 * Returns { status, contentType, body } or null for "not ours".
 */
export function chatgptResponse(url, method, { fixture, sendStatus = 200, config } = {}) {
  const { pathname } = new URL(url);
  if (pathname === '/__e2e/sim.js')
    return { status: 200, contentType: 'text/javascript', body: siteSimulator('chatgpt') };
  if (pathname.startsWith('/backend-api/estuary/content'))
    return { status: 200, contentType: 'image/png', body: IMAGE };
  if (/^\/backend-(api|anon)\//.test(pathname)) {
    if (method !== 'POST') return { status: 404, contentType: 'application/json', body: '{}' };
    return sendStatus === 200
      ? {
          status: 200,
          contentType: 'text/event-stream',
          body: 'data: {"message":{}}\n\ndata: [DONE]\n\n',
        }
      : { status: sendStatus, contentType: 'application/json', body: '{"detail":"rate limited"}' };
  }
  if (pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
  return { status: 200, contentType: 'text/html', body: sitePage('chatgpt', fixture, config) };
}
