import type {
  BridgeRules,
  ImageJob,
  NetworkSignal,
  RequestBodyView,
  SiteAdapter,
} from '../domain/site';
import { affixedKey } from './keys';
import { field, imageCount, job, jsonRecords, path } from './image-jobs';

/**
 * Grok's chat request: a new prompt carries `message` with `isRegenRequest:false`; a regenerate goes to
 * the same `/responses` endpoint with `isRegenRequest:true` (SOURCE.txt: M, inferred from the flag). An
 * edit is a new `message` on a branch, so it is a send.
 */
function classifyGrokRequest(body: RequestBodyView): NetworkSignal | null {
  const json = body.json as { message?: unknown; isRegenRequest?: unknown } | undefined;
  if (json?.isRegenRequest === true) return { trigger: 'regenerate' };
  if (typeof json?.message === 'string') return { trigger: 'send' };
  return null;
}

/**
 * The images of one answer stream (images-NOTES.txt, M): NDJSON whose final
 * `result.response.modelResponse` carries the answer's `responseId` and `generatedImageUrls`, the images
 * really made. The request's `imageGenerationCount` is only the most it may make (moderation drops
 * some), and `streamingImageGenerationResponse` lines are previews of the same images, so neither
 * counts. Only a send's or regenerate's answer counts (a request that loads old responses is neither).
 * A stream that ends without a final modelResponse (cut off, refused) or a video makes none.
 */
function readAnswerImages(request: unknown, response: unknown): ImageJob[] {
  if (classifyGrokRequest({ json: request }) === null) return [];
  const answers = jsonRecords(response)
    .map((record) => path(record, 'result', 'response', 'modelResponse'))
    .filter((answer) => typeof field(answer, 'responseId') === 'string');
  const final = answers[answers.length - 1];
  const urls = field(final, 'generatedImageUrls');
  const images = Array.isArray(urls)
    ? new Set(urls.filter((url) => typeof url === 'string' && url.length > 0)).size
    : 0;
  return images > 0 ? job(field(final, 'responseId'), imageCount(images, 0)) : [];
}

/**
 * grok.com, see docs/sites.md#grok and tests/sites/grok/SOURCE.txt. Every message row is
 * `div#response-<responseId>`, user rows carry `.items-end` (Grok's `.items-start`). The responseId is
 * assigned by the server and only streamed back in the response, which webRequest cannot read, so the
 * send request carries no id the page shows: page and network are paired by time. Generated images
 * count from the same request's answer stream, read in the page world (the image DOM is unknown).
 *
 * x.com/i/grok is not included: no source in SOURCE.txt says it runs this app or its endpoints.
 */
export const grok: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  matches: ['https://grok.com/*'],
  // ProseMirror in `.query-bar` (2025-12..2026); older builds used a textarea in the prompt form.
  composer: '.ProseMirror[contenteditable="true"], .query-bar textarea, form textarea',
  // The submit button of the prompt form (its aria-label "Submit" is localized, so it is not used).
  sendButton: '.query-bar button[type="submit"], form button[type="submit"]',
  userTurn: {
    selector: 'div[id^="response-"].items-end',
    key: (turn) => affixedKey(turn, 'id', { prefix: 'response-' }),
  },
  // New chat `/`; conversations are `/c/<uuid>`.
  newChatPath: /^\/$/,
  network: [
    {
      urls: ['https://grok.com/rest/app-chat/*'],
      // `/conversations/new` (first prompt of a new chat) and `/conversations/<id>/responses` (the rest).
      path: /^\/rest\/app-chat\/conversations\/(new|[^/]+\/responses)$/,
      classify: classifyGrokRequest,
    },
  ],
  bridge: { imageJobs: 'accepted' },
};

/** What Grok's page-world bridge reads (entrypoints/grok-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    {
      // The same send requests: their answer stream tells the images.
      url: /^https:\/\/grok\.com\/rest\/app-chat\/conversations\/(new|[^/]+\/responses)(\?|$)/,
      read: readAnswerImages,
    },
  ],
};
