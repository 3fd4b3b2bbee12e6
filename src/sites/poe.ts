import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { positionKey } from './keys';

/**
 * A message row whose bubble is the human's. Poe's classes are CSS modules (`Component_name__<hash>`,
 * the hash changes per build), so only their prefixes are matched (docs/sites.md#poe).
 */
const HUMAN_ROW =
  '[class*="ChatMessage_messageRow"]:has([class*="Message_humanRow"], [class*="Message_humanMessageBubble"])';

/**
 * Poe's GraphQL POST names its operation in `queryName`: `sendMessageMutation` (2024+, also seen as
 * `SendMessageMutation`; older `chatHelpers_sendMessageMutation_Mutation`) sends a prompt,
 * `regenerateMessageMutation` asks again (SOURCE.txt: L–M). Every other query is ignored.
 */
function classifyPoeRequest(body: RequestBodyView): NetworkSignal | null {
  const name = (body.json as { queryName?: unknown } | undefined)?.queryName;
  if (typeof name !== 'string') return null;
  if (/^(chatHelpers_)?sendMessageMutation(_Mutation)?$/i.test(name)) return { trigger: 'send' };
  if (/^regenerateMessageMutation$/i.test(name)) return { trigger: 'regenerate' };
  return null;
}

/**
 * poe.com, see docs/sites.md#poe and tests/sites/poe/SOURCE.txt (a model: nothing dated 2026 for the
 * DOM). The send request's `clientNonce` never appears in the page, so page and network pair by time.
 */
export const poe: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  matches: ['https://poe.com/*'],
  // 2026-07 `InputContainer_textArea > textarea`; ≤ 2025 `GrowingTextArea_textArea`.
  composer:
    'textarea[class*="GrowingTextArea_textArea"], [class*="InputContainer_textArea"] > textarea, [class*="ChatMessageInputContainer_inputContainer"] textarea',
  sendButton: 'button[data-button-send], button[class*="SendButton"], button[class*="sendButton"]',
  userTurn: { selector: HUMAN_ROW, key: (turn) => positionKey(turn, HUMAN_ROW) },
  // A bot's page `/<BotName>` (or `/`) starts a chat that moves to `/chat/<chatCode>`.
  newChatPath: /^\/([^/]+\/?)?$/,
  network: [
    {
      urls: ['https://poe.com/api/*'],
      path: /^\/api\/gql_POST$/,
      classify: classifyPoeRequest,
    },
  ],
};
