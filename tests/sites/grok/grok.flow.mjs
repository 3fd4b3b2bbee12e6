import { asksForImages, reply } from '../../e2e/support/routes.mjs';

const answerLines = (lines) => lines.map((line) => JSON.stringify({ result: line })).join('\n');

/** An image prompt's answer (answer-stream-images-model.ndjson): previews, then the two images made. */
const imageReply = () => {
  const responseId = crypto.randomUUID();
  const urls = [0, 1].map((i) => `users/u1/generated/${responseId}-${i}/image.jpg`);
  return reply(
    200,
    'application/json',
    answerLines([
      { response: { userResponse: { responseId: crypto.randomUUID() } } },
      ...urls.flatMap((imageUrl, imageIndex) =>
        [50, 100].map((progress) => ({
          response: { streamingImageGenerationResponse: { imageIndex, progress, imageUrl } },
        })),
      ),
      { response: { modelResponse: { responseId, message: '', generatedImageUrls: urls } } },
    ]),
  );
};

/** A successful NDJSON answer as Grok streams it (SOURCE.txt), or Grok refusing with `status`. */
const grokReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'application/json',
        [
          { result: { conversation: { conversationId: '6b1f7c0a-1111-4222-8333-444455556666' } } },
          { result: { response: { userResponse: { responseId: 'u' } } } },
          { result: { response: { token: 'Answer.' } } },
          { result: { response: { modelResponse: { responseId: 'a', message: 'Answer.' } } } },
        ]
          .map((line) => JSON.stringify(line))
          .join('\n'),
      )
    : reply(status, 'application/json', '{"error":{"code":8,"message":"refused"}}');

/** grok.com in the e2e tests: the 2026-03 model page and the app-chat send endpoints. */
export default {
  site: 'grok',
  origins: ['https://grok.com'],
  fixture: 'grok.com-2026-03-model.html',
  conversationUrl: 'https://grok.com/c/6b1f7c0a-1111-4222-8333-444455556666',
  newChatUrl: 'https://grok.com/',
  composer: '.query-bar .ProseMirror',
  sendButton: '.query-bar button[type="submit"]',
  // The stub answers an image prompt with two generated images (counted from the stream).
  imageTurn: { images: 2 },
  api(url, method, { sendStatus, body } = {}) {
    const { pathname } = new URL(url);
    if (pathname.startsWith('/rest/')) {
      if (method !== 'POST') return reply(404, 'application/json', '{}');
      return asksForImages(body) && !sendStatus ? imageReply() : grokReply(sendStatus);
    }
    return null;
  },
};
