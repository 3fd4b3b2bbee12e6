import { reply } from '../../e2e/support/routes.mjs';
import { solidPng } from '../../e2e/support/png.mjs';

const IMAGE = solidPng(256);

/** A StreamGenerate answer (length-prefixed JSON chunks after the XSSI guard), or Gemini refusing. */
const streamReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'application/json; charset=utf-8',
        ')]}\'\n\n40\n[["wrb.fr",null,"[null,[\\"c_1\\",\\"r_1\\"]]"]]\n',
      )
    : reply(status, 'application/json', '{"error":"refused"}');

/** gemini.google.com in the e2e tests: the 2026-02-27 capture (Japanese UI) and StreamGenerate. */
export default {
  site: 'gemini',
  // Generated images are fetched from lh3.googleusercontent.com (docs/sites.md#gemini).
  origins: ['https://gemini.google.com', 'https://lh3.googleusercontent.com'],
  fixture: 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html',
  conversationUrl: 'https://gemini.google.com/app/5f0e1d2c3b4a5968',
  newChatUrl: 'https://gemini.google.com/app',
  composer: 'rich-textarea .ql-editor',
  sendButton: 'button.send-button',
  // The double answers an image prompt with two generated images, counted once loaded.
  imageTurn: { images: 2 },
  api(url, method, { sendStatus } = {}) {
    const { hostname, pathname } = new URL(url);
    if (hostname === 'lh3.googleusercontent.com') return reply(200, 'image/png', IMAGE);
    if (/\/BardFrontendService\/StreamGenerate$/.test(pathname)) {
      return method === 'POST' ? streamReply(sendStatus) : reply(405, 'text/plain', '');
    }
    if (pathname.includes('/_/BardChatUi/')) return reply(200, 'application/json', ")]}'\n\n[]");
    return null;
  },
};
