import { reply, sendReply } from '../../e2e/support/routes.mjs';

/** www.perplexity.ai in the e2e tests: the 2026-02-27 capture and the perplexity_ask SSE endpoint. */
export default {
  site: 'perplexity',
  origins: ['https://www.perplexity.ai'],
  fixture: 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html',
  conversationUrl: 'https://www.perplexity.ai/search/which-planet-has-the-shortest-5f0e1d2cQ',
  newChatUrl: 'https://www.perplexity.ai/',
  composer: '#ask-input',
  sendButton: 'button[aria-label="Submit"]',
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (pathname === '/rest/sse/perplexity_ask') {
      return method === 'POST' ? sendReply(sendStatus) : reply(405, 'application/json', '{}');
    }
    if (pathname.startsWith('/rest/')) return reply(200, 'application/json', '{}');
    return null;
  },
};
