import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { affixedKey } from './keys';

const TURN_ID_PREFIX = 'qwen-chat-message-user-';

/** The uuid in a user turn's id; none while the page shows `…-user-undefined` during a send. */
function qwenTurnKey(turn: Element): string | null {
  const key = affixedKey(turn, 'id', { prefix: TURN_ID_PREFIX });
  return key === 'undefined' ? null : key;
}

/**
 * Qwen's `POST /api/v2/chat/completions` carries the new user message in `messages[]` with
 * `user_action: "chat"` (gpt4free Qwen.py 2026-08). No source shows a regenerate or an edit (L): an
 * action naming a regenerate/retry is taken as one, an edit as a send, any other action as nothing.
 */
function classifyQwenRequest(body: RequestBodyView): NetworkSignal | null {
  const messages = (body.json as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return null;
  const user = (messages as { role?: unknown; user_action?: unknown }[])
    .filter((m) => m && typeof m === 'object' && m.role === 'user')
    .pop();
  if (!user) return null;
  const action = user.user_action;
  if (action === undefined || action === 'chat' || action === 'edit') return { trigger: 'send' };
  if (typeof action === 'string' && /regenerat|retry/i.test(action))
    return { trigger: 'regenerate' };
  return null;
}

/**
 * chat.qwen.ai, see docs/sites.md#qwen-chat and tests/sites/qwen/SOURCE.txt (a model after a public DOM
 * dump of a live page, ~2026). User turns are `div#qwen-chat-message-user-<uuid>`. The request's
 * client `fid` is only probably that uuid (L, unverified; the page shows `…-undefined` for a moment,
 * so the id may come from the server), so page and network pair by time.
 */
export const qwen: SiteAdapter = {
  id: 'qwen',
  name: 'Qwen Chat',
  matches: ['https://chat.qwen.ai/*'],
  // 2026-03/06 `textarea.message-input-textarea`; older builds `textarea#chat-input`.
  composer: 'textarea.message-input-textarea, textarea#chat-input',
  sendButton:
    '.message-input-right-button-send button.send-button, button.send-button, #send-message-button',
  userTurn: {
    selector: `.qwen-chat-message-user[id^="${TURN_ID_PREFIX}"]`,
    key: qwenTurnKey,
    keyIsMessageId: false,
  },
  // New chat `/` (creates the chat with `POST /api/v2/chats/new`); a chat is `/c/<uuid>`.
  newChatPath: /^\/$/,
  network: [
    {
      urls: ['https://chat.qwen.ai/api/*'],
      // Not `/api/v2/chats/new` (creates an empty chat) or any other API call.
      path: /^\/api\/v2\/chat\/completions$/,
      classify: classifyQwenRequest,
    },
  ],
};
