import { reply, sendReply } from '../../e2e/support/routes.mjs';
import { solidPng } from '../../e2e/support/png.mjs';

const IMAGE = solidPng(256);

/** chatgpt.com in the e2e tests: captured pages, the send endpoint, generated image files. */
export default {
  site: 'chatgpt',
  origins: ['https://chatgpt.com'],
  fixture: 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html',
  conversationUrl: 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-00000000a001',
  newChatUrl: 'https://chatgpt.com/',
  composer: '#prompt-textarea',
  sendButton: '[data-testid="send-button"]',
  // The double answers a "draw …" prompt with one generated image (2026-09-22 markup).
  imageTurn: { images: 1 },
  api(url, method, { sendStatus } = {}) {
    const { pathname } = new URL(url);
    if (pathname.startsWith('/backend-api/estuary/content')) return reply(200, 'image/png', IMAGE);
    if (/^\/backend-(api|anon)\//.test(pathname)) {
      return method === 'POST' ? sendReply(sendStatus) : reply(404, 'application/json', '{}');
    }
    return null;
  },
};
