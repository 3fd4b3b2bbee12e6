import { reply } from '../support/routes.mjs';

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
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (pathname.startsWith('/rest/')) {
      return method === 'POST' ? grokReply(sendStatus) : reply(404, 'application/json', '{}');
    }
    return null;
  },
};
