import { reply } from '../../e2e/support/routes.mjs';

/** Qwen's SSE answer (first chunk `response.created`), or Qwen refusing with `status`. */
const qwenReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'text/event-stream',
        'data: {"response.created":{"chat_id":"c","parent_id":"p","response_id":"r"}}\n\n' +
          'data: {"choices":[{"delta":{"role":"assistant","content":"Answer.","phase":"answer","status":"finished"}}]}\n\n',
      )
    : reply(status, 'application/json', '{"success":false,"data":{"code":"RateLimited"}}');

/** chat.qwen.ai in the e2e tests: the 2026-06 model page and the v2 chat API. */
export default {
  site: 'qwen',
  origins: ['https://chat.qwen.ai'],
  fixture: 'chat.qwen.ai-2026-06-model.html',
  conversationUrl: 'https://chat.qwen.ai/c/3a7e1c5b-9d2f-4b8a-a6c4-1e2f3a4b5c6d',
  newChatUrl: 'https://chat.qwen.ai/',
  composer: 'textarea.message-input-textarea',
  sendButton: '.message-input-right-button-send button.send-button',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (pathname === '/api/v2/chat/completions') {
      return method === 'POST' ? qwenReply(sendStatus) : reply(404, 'application/json', '{}');
    }
    if (pathname === '/api/v2/chats/new') {
      return reply(
        200,
        'application/json',
        '{"success":true,"data":{"id":"0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f"}}',
      );
    }
    return null;
  },
};
