import { reply, sendReply } from '../../e2e/support/routes.mjs';

/** claude.ai in the e2e tests: the 2026-02-27 capture and the completion endpoints. */
export default {
  site: 'claude',
  origins: ['https://claude.ai'],
  fixture: 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html',
  conversationUrl: 'https://claude.ai/chat/0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
  newChatUrl: 'https://claude.ai/new',
  composer: '[data-testid="chat-input"]',
  sendButton: 'button[aria-label="Send message"]',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (
      /^\/api\/organizations\/[^/]+\/chat_conversations\/[^/]+\/(retry_)?completion$/.test(pathname)
    ) {
      return method === 'POST' ? sendReply(sendStatus) : reply(405, 'application/json', '{}');
    }
    if (pathname.startsWith('/api/')) return reply(200, 'application/json', '{}');
    return null;
  },
};
