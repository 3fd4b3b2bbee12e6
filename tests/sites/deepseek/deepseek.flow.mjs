import { reply } from '../../e2e/support/routes.mjs';

/** DeepSeek's SSE answer, or DeepSeek refusing with `status`. */
const deepseekReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'text/event-stream',
        'data: {"v":{"response":{"message_id":6,"parent_id":5,"status":"WIP"}}}\n\n' +
          'data: {"p":"response/content","v":"Answer."}\n\n' +
          'data: {"p":"response/status","v":"FINISHED"}\n\n',
      )
    : reply(status, 'application/json', '{"code":40300,"msg":"refused","data":null}');

/** chat.deepseek.com in the e2e tests: the 2026-10 model page and the v0 chat API. */
export default {
  site: 'deepseek',
  origins: ['https://chat.deepseek.com'],
  fixture: 'chat.deepseek.com-2026-10-model.html',
  conversationUrl: 'https://chat.deepseek.com/a/chat/s/11111111-2222-4333-8444-555555555555',
  newChatUrl: 'https://chat.deepseek.com/',
  composer: 'textarea#chat-input',
  sendButton: 'div[role="button"].ds-button--circle',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (method !== 'POST') return null;
    if (/^\/api\/v0\/chat\/(completion|edit_message|regenerate|continue)$/.test(pathname)) {
      return deepseekReply(sendStatus);
    }
    if (pathname === '/api/v0/chat/create_pow_challenge') {
      return reply(
        200,
        'application/json',
        '{"code":0,"data":{"biz_code":0,"biz_data":{"challenge":{"algorithm":"DeepSeekHashV1","difficulty":144000}}}}',
      );
    }
    if (pathname === '/api/v0/chat_session/create') {
      return reply(
        200,
        'application/json',
        '{"code":0,"data":{"biz_code":0,"biz_data":{"id":"66666666-7777-4888-9999-000000000000"}}}',
      );
    }
    return null;
  },
};
