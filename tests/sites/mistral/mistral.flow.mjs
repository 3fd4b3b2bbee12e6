import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../e2e/support/paths.mjs';
import { reply } from '../../e2e/support/routes.mjs';

/** Le Chat's answer stream (a line protocol `<channel>:<json>`), or Le Chat refusing with `status`. */
const chatReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'text/plain',
        '15:{"json":{"type":"message","messageId":"a","patches":[{"op":"replace","path":"/contentChunks","value":[{"type":"text","text":"Answer."}]}]}}\n',
      )
    : reply(status, 'application/json', '{"error":"refused"}');

/** chat.mistral.ai in the e2e tests: the 2026-08 model page, /api/chat and the tRPC newChat call. */
export default {
  site: 'mistral',
  origins: ['https://chat.mistral.ai'],
  fixture: 'chat.mistral.ai-2026-08-model.html',
  conversationUrl: 'https://chat.mistral.ai/chat/0c6f3b9e-2d7a-4e1b-9f58-3a4b5c6d7e8f',
  newChatUrl: 'https://chat.mistral.ai/chat',
  composer: '.ProseMirror[contenteditable="true"]',
  sendButton: 'form button[type="submit"]',
  /** For the page double: the request body's other fields, as the unit test reads them. */
  simData: {
    requestFields: JSON.parse(
      readFileSync(join(ROOT, 'tests/sites/mistral/api-chat-request-fields-model.json'), 'utf8'),
    ),
  },
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (pathname === '/api/chat') {
      return method === 'POST' ? chatReply(sendStatus) : reply(404, 'application/json', '{}');
    }
    if (pathname.startsWith('/api/trpc/')) {
      return reply(
        200,
        'application/json',
        '[{"result":{"data":{"json":{"chatId":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}}}}]',
      );
    }
    return null;
  },
};
