const API = 'https://firefly-3p.ff.adobe.io';
const CORS = {
  'access-control-allow-origin': 'https://firefly.adobe.com',
  'access-control-allow-headers': 'content-type, authorization, x-api-key',
  'access-control-allow-methods': 'POST, OPTIONS',
};

/** firefly.adobe.com in the e2e tests: the model generator; Generate posts to the partner-model API. */
export default {
  kind: 'image',
  site: 'firefly',
  origins: ['https://firefly.adobe.com', API],
  fixture: 'firefly.adobe.com-2026-08-model.html',
  pageUrl: 'https://firefly.adobe.com/generate/images',
  composer: 'firefly-prompt textarea',
  generate: '[data-testid="generate-button"]',
  images: 2,
  /** The double's video control (`[data-e2e="generate-video"]`) asks for one 4-second clip. */
  videos: 1,
  videoSeconds: 4,
  /**
   * generate-async for images and for videos (cross-origin, with CORS): a poll link with a fresh job
   * id (SOURCE.txt).
   */
  api(url, method) {
    const { origin, pathname } = new URL(url);
    const generates = ['/v2/3p-images/generate-async', '/v2/3p-videos/generate-async'];
    if (origin !== API || !generates.includes(pathname)) return null;
    if (method === 'OPTIONS')
      return { status: 204, contentType: 'text/plain', body: '', headers: CORS };
    const id = crypto.randomUUID();
    return {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ links: { result: { href: `${API}/v2/status/${id}` } } }),
      headers: CORS,
    };
  },
};
