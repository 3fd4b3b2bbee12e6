import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { attributeKey } from './keys';

/**
 * Le Chat's `POST /api/chat` names what it asks for in `mode` (SOURCE.txt, public clients 2024-11 ..
 * 2026): `append` sends a follow-up prompt (`messageInput` + a client `messageId`); `start` generates
 * the answer to the first prompt of a new chat, which the tRPC `message.newChat` call just stored —
 * that call is not watched, so the pair counts once; `retry` asks again. Unknown modes count nothing.
 */
function classifyMistralRequest(body: RequestBodyView): NetworkSignal | null {
  const json = body.json as { mode?: unknown; messageInput?: unknown } | undefined;
  switch (json?.mode) {
    case 'append':
      return json.messageInput !== undefined && json.messageInput !== null
        ? { trigger: 'send' }
        : null;
    case 'start':
      return { trigger: 'send' };
    case 'retry':
      return { trigger: 'regenerate' };
    default:
      return null;
  }
}

/**
 * chat.mistral.ai (Le Chat), see docs/sites.md#le-chat-mistral and tests/sites/mistral/SOURCE.txt (a model built
 * from public exporters; no capture). Turns carry `data-message-id`, but whether it equals the
 * `messageId` of the send request is unverified (L), and a first prompt's request (`start`) carries
 * none, so page and network pair by time rather than risk counting one send under two ids.
 */
export const mistral: SiteAdapter = {
  id: 'mistral',
  name: 'Le Chat (Mistral)',
  matches: ['https://chat.mistral.ai/*'],
  // A ProseMirror editor on the start page and in a chat (M); a plain textarea as a fallback.
  composer:
    '.ProseMirror[contenteditable="true"], div[contenteditable="true"][role="textbox"], form textarea',
  // The composer form's submit button; its aria-label is localized (Le Chat ships in French too).
  sendButton: 'form:has(.ProseMirror) button[type="submit"], form button[type="submit"]',
  userTurn: {
    selector: '[data-message-author-role="user"][data-message-id]',
    key: (turn) => attributeKey(turn, 'data-message-id'),
    keyIsMessageId: false,
  },
  // New chat `/chat` (`/` leads there); a chat is `/chat/<uuid>`.
  newChatPath: /^\/(chat\/?)?$/,
  network: [
    {
      urls: ['https://chat.mistral.ai/api/*'],
      // Not `/api/trpc/message.newChat` (stores the first prompt; its `start` request counts it).
      path: /^\/api\/chat$/,
      classify: classifyMistralRequest,
    },
  ],
};
