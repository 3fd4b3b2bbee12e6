import type { SiteAdapter } from '../domain/site';
import { attributeKey, positionKey } from './keys';

/** 2026-10 hub layout: the user row's own element, keyed by `data-turn-key` (a uuid). */
const HUB_USER_TURN = '[data-cds="UserMessage"][data-turn-key]';

/**
 * User turns of every era (docs/sites.md#claude): ≤ 2026-09 each turn sits in `div[data-test-render-count]`
 * with the user's `[data-testid="user-message"]` (2026-07 wraps it in `[data-user-message-bubble]`,
 * listed too in case the test id goes); 2026-10 hub rows carry `[data-cds="UserMessage"][data-turn-key]`.
 */
const USER_TURN = [
  HUB_USER_TURN,
  '[data-test-render-count] [data-testid="user-message"]',
  '[data-test-render-count] [data-user-message-bubble]',
].join(', ');

/**
 * The hub's turn key where there is one (also for a matched element inside a hub row); older turns
 * carry no id, so they get the position they were first seen at. Neither is known to be the message
 * uuid of the send request, so page and network pair by time.
 */
function claudeTurnKey(turn: Element): string | null {
  const hub = turn.closest(HUB_USER_TURN);
  if (hub) return attributeKey(hub, 'data-turn-key');
  // The bubble and its user-message inside are one turn: key the outermost matched element.
  const bubble = turn.closest('[data-test-render-count] [data-user-message-bubble]');
  return positionKey(bubble ?? turn, USER_TURN);
}

/**
 * claude.ai, see docs/sites.md#claude and tests/sites/claude/SOURCE.txt. Claude makes no raster
 * images, so there is no image query. A prompt and an edited prompt POST `…/completion`; regenerate
 * POSTs `…/retry_completion` (H); the path alone tells them apart.
 */
export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  matches: ['https://claude.ai/*'],
  // tiptap/ProseMirror editor (real capture 2026-02-27); not the inert server-rendered textarea
  // `chat-input-ssr` that stands in for it while the page hydrates.
  composer:
    '[data-testid="chat-input"][contenteditable="true"], div.ProseMirror[contenteditable="true"]',
  // The send button has no test id; its only documented hook is a localized aria-label (docs/sites.md#claude),
  // so it is found by structure: a button of the live composer fieldset that opens no menu and has
  // no test id of its own (the "+" menu and the model picker both do). It appears once text is typed;
  // while the box is empty the voice button in its slot matches too, which is at most an intent.
  sendButton:
    '[data-testid="chat-input-grid-area"] fieldset:not([inert]) button:not([aria-haspopup]):not([data-testid])',
  userTurn: { selector: USER_TURN, key: claudeTurnKey, keyIsMessageId: false },
  // `/new` (and `/`, which leads there) becomes `/chat/<uuid>` after the first send.
  newChatPath: /^\/(new\/?)?$/,
  network: [
    {
      urls: ['https://claude.ai/api/organizations/*'],
      path: /^\/api\/organizations\/[^/]+\/chat_conversations\/[^/]+\/completion$/,
      classify: () => ({ trigger: 'send' }),
    },
    {
      urls: ['https://claude.ai/api/organizations/*'],
      path: /^\/api\/organizations\/[^/]+\/chat_conversations\/[^/]+\/retry_completion$/,
      classify: () => ({ trigger: 'regenerate' }),
    },
  ],
};
