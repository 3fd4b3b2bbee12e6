import { reply } from '../../e2e/support/routes.mjs';

/** A streamed chat-ui answer (JSON lines of message updates), or HuggingChat refusing with `status`. */
const chatUiReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'application/jsonl',
        [
          { type: 'status', status: 'started' },
          { type: 'stream', token: 'Answer.' },
          { type: 'finalAnswer', text: 'Answer.', interrupted: false },
        ]
          .map((line) => JSON.stringify(line))
          .join('\n'),
      )
    : reply(status, 'application/json', '{"message":"refused"}');

/** huggingface.co/chat in the e2e tests: the 2026-08 model page and chat-ui's conversation API. */
export default {
  site: 'huggingchat',
  origins: ['https://huggingface.co'],
  fixture: 'huggingface.co-2026-08-model.html',
  conversationUrl: 'https://huggingface.co/chat/conversation/68a1f0c2e4b0a1b2c3d4e5f6',
  newChatUrl: 'https://huggingface.co/chat/',
  composer: 'form textarea[inputmode="text"]',
  sendButton: 'button[name="submit"]',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (method !== 'POST') return null; // GET /chat/conversation/<id> is the page itself
    if (pathname === '/chat/conversation') {
      return reply(200, 'application/json', '{"conversationId":"68a1f0c2e4b0a1b2c3d4e5f7"}');
    }
    if (/^\/chat\/conversation\/[^/]+$/.test(pathname)) return chatUiReply(sendStatus);
    return null;
  },
};
