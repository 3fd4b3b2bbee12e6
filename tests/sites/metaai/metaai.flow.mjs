import { reply } from '../../e2e/support/routes.mjs';

/** A streamed GraphQL answer (text/event-stream), or Meta AI refusing with `status`. */
const metaReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'text/event-stream',
        'data: {"data":{"sendMessageStream":{"__typename":"AssistantMessage"}}}\n\n',
      )
    : reply(status, 'application/json', '{"errors":[{"message":"refused"}]}');

/** www.meta.ai in the e2e tests: the 2026-04 model page and the same-origin GraphQL endpoint. */
export default {
  site: 'metaai',
  origins: ['https://www.meta.ai'],
  fixture: 'www.meta.ai-2026-04-model.html',
  conversationUrl: 'https://www.meta.ai/prompt/6f2d1c3b-0a9e-4d8c-b7a6-5f4e3d2c1b0a',
  newChatUrl: 'https://www.meta.ai/',
  composer: '[data-lexical-editor="true"]',
  sendButton: '[data-lexical-editor="true"] ~ [role="button"][aria-disabled]',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (/^\/api\/graphql\/?$/.test(pathname)) {
      if (method !== 'POST') return reply(404, 'application/json', '{}');
      return metaReply(sendStatus);
    }
    return null;
  },
};
