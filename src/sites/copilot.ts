import type { NetworkSignal, SiteAdapter } from './types';
import { affixedKey } from '../detect/keys';

/** The user turn's article carries `id="<nanoid>-user-message"`; its inner content block has no id. */
const USER_MESSAGE_ID = '[id$="-user-message"]';

/**
 * The key of a user turn: the nanoid of the nearest `<id>-user-message` element, whichever of the
 * nested elements matched (article, its `[data-content=user-message]` block or a wrapper around it).
 * A layout without that id gives no key: then only the socket confirms the send.
 */
function copilotTurnKey(turn: Element): string | null {
  const owner = turn.closest(USER_MESSAGE_ID) ?? turn.querySelector(USER_MESSAGE_ID);
  return owner ? affixedKey(owner, 'id', { suffix: '-user-message' }) : null;
}

/**
 * A client frame on the chat socket. `{"event":"send",conversationId,content:[…],mode}` is a prompt
 * (SOURCE.txt: H transport, M event names). No source shows the regenerate frame: the event names below
 * are an unverified guess that cannot match anything else; were regenerate a `send` frame instead, it
 * still counts, as a send.
 */
function classifyCopilotFrame(frame: unknown): NetworkSignal | null {
  const event = (frame as { event?: unknown } | null)?.event;
  if (event === 'send') return { trigger: 'send' };
  if (typeof event === 'string' && /^(regenerate|retry)/i.test(event)) {
    return { trigger: 'regenerate' };
  }
  return null;
}

/**
 * copilot.microsoft.com, see SITES.md §4 and tests/fixtures/sites/copilot/SOURCE.txt. User turns are
 * `[role=article][id$="-user-message"]` holding `[data-content=user-message]` (2026-01 capture); a later
 * layout adds a `.group/user-message` wrapper. Prompts go over a WebSocket whose frames carry no id the
 * page shows, so the page and the socket are paired by time; webRequest sees only the socket's
 * handshake, hence no `network` rule.
 */
export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  matches: ['https://copilot.microsoft.com/*'],
  composer: 'textarea#userInput, textarea[data-testid="composer-input"]',
  // Present only while the composer holds text.
  sendButton: 'button[data-testid="submit-button"]',
  userTurn: {
    selector:
      '[role="article"][id$="-user-message"], [data-content="user-message"], .group\\/user-message',
    key: copilotTurnKey,
  },
  // New chat `/`; conversations `/chats/<id>` (pages: `/pages/<id>`).
  newChatPath: /^\/$/,
  socket: [
    {
      // `/c/api/chat?api-version=2&clientSessionId=…` and its `/c/api/eval/chat` variant.
      url: /^wss:\/\/copilot\.microsoft\.com\/c\/api\/(eval\/)?chat(\?|$)/,
      classify: classifyCopilotFrame,
    },
  ],
};
