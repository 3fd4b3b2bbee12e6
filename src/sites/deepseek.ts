import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { attributeKey, positionKey } from './keys';

const ROW = '[data-virtual-list-item-key]';
/** A user message found by its text wrapper, for rows that come without a key. */
const USER_TEXT_MESSAGE = '.ds-message:has(.ds-collapsible-text)';

/**
 * A user message, in every era (SOURCE.txt): 2026-10 rows have signed keys, a user row `-N` and its
 * answer `+N`; user messages wrap their text in `.ds-collapsible-text`; in older builds (keys 1, 2, 3 …)
 * a user message is a `.ds-message` without an answer body (`.ds-markdown`) — only in a list without
 * signed keys, and not while an answer is still thinking (spinner, thinking block). Hashed classes
 * rotate per deploy and are never used.
 */
const USER_TURN = [
  '[data-virtual-list-item-key^="-"] .ds-message',
  USER_TEXT_MESSAGE,
  '.ds-virtual-list:not(:has([data-virtual-list-item-key^="-"])) [data-virtual-list-item-key] .ds-message:not(:has(.ds-markdown, .ds-loading, .ds-think-content))',
].join(', ');

const pinnedKeys = new WeakMap<Element, string>();

/**
 * DeepSeek shows no message id. A row's `data-virtual-list-item-key` is stable while the virtual list
 * re-mounts rows, but only within one conversation, so the conversation path goes with it. A row
 * without a key gets the position it had when first seen (as on Poe), so older rows mounted above it
 * later do not turn it into a "new" last turn.
 */
function deepseekTurnKey(turn: Element): string | null {
  const doc = turn.ownerDocument;
  const path = doc.location?.pathname ?? '';
  const row = turn.closest(ROW);
  if (row) {
    const key = attributeKey(row, 'data-virtual-list-item-key');
    return key ? `${path}#${key}` : null;
  }
  let pinned = pinnedKeys.get(turn);
  if (pinned === undefined) {
    pinned = positionKey(turn, USER_TEXT_MESSAGE);
    pinnedKeys.set(turn, pinned);
  }
  return pinned;
}

/** A prompt request's body: the new prompt text is in `prompt` (SOURCE.txt, gpt4free 2026-08). */
function classifyPrompt(body: RequestBodyView): NetworkSignal | null {
  const json = body.json as { prompt?: unknown } | undefined;
  return typeof json?.prompt === 'string' ? { trigger: 'send' } : null;
}

/** Regenerate and continue: their field names are only M/L, so any JSON object body counts. */
function classifyAskAgain(body: RequestBodyView): NetworkSignal | null {
  return body.json && typeof body.json === 'object' ? { trigger: 'regenerate' } : null;
}

/**
 * chat.deepseek.com, see docs/sites.md#deepseek and tests/sites/deepseek/SOURCE.txt (a model: no
 * capture). Neither the page nor the requests share an id, so page and network pair by time.
 * `create_pow_challenge`, `chat_session/create` and `resume_stream` ask nothing of the model.
 */
export const deepseek: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  // `textarea#chat-input` (2025) / `textarea.ds-scroll-area` (2025-12); the placeholder is localized.
  composer: 'textarea#chat-input, textarea.ds-scroll-area',
  // One round design-system button is send when idle and stop while generating (2026-10); older
  // builds an icon button with aria-disabled. Its aria-label is empty, so structure is all there is.
  sendButton:
    'div[role="button"].ds-button--primary.ds-button--circle, div[role="button"].ds-icon-button[aria-disabled]',
  userTurn: { selector: USER_TURN, key: deepseekTurnKey, keyIsMessageId: false },
  // New chat `/`; a chat is `/a/chat/s/<uuid>`.
  newChatPath: /^\/$/,
  network: [
    {
      urls: ['https://chat.deepseek.com/api/v0/chat/*'],
      // A new prompt, and an edited one (a send by docs/design.md#what-counts).
      path: /^\/api\/v0\/chat\/(completion|edit_message)$/,
      classify: classifyPrompt,
    },
    {
      urls: ['https://chat.deepseek.com/api/v0/chat/*'],
      path: /^\/api\/v0\/chat\/(regenerate|continue)$/,
      classify: classifyAskAgain,
    },
  ],
};
