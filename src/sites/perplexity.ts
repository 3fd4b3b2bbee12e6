import type { SiteAdapter } from '../domain/site';
import { positionKey } from './keys';

/**
 * The user's query in every era (docs/sites.md#perplexity): from the 2026-09-25 rollout the markdown renderer
 * inside the `group/user-bubble`; before it `span.select-text` inside the `group/query` heading (real
 * capture 2026-02-27; sho7650 calls `group/query` the stable anchor in 2026-07). A bare
 * `span.select-text` is not enough: other selectable text on the page uses that class too.
 */
const USER_TURN = [
  '[class*="group/user-bubble"] [data-renderer="lm"]',
  '[class*="group/query"] span.select-text',
].join(', ');

/**
 * www.perplexity.ai, see docs/sites.md#perplexity and tests/sites/perplexity/SOURCE.txt. Queries carry no
 * id, so each gets the position it was first seen at, and page and network pair by time. Prompts sent
 * without the composer (`/search/new?q=` auto-submits) are counted by the network alone.
 */
export const perplexity: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  matches: ['https://www.perplexity.ai/*'],
  // Lexical editor `#ask-input` in `[data-ask-input-container]` (real capture 2026-02-27).
  composer:
    '#ask-input[contenteditable="true"], [data-ask-input-container] [contenteditable="true"]',
  // The submit button's aria-label ("Submit") is localized. Older builds gave it a test id; in the
  // 2026-02 capture it is the last button of its row with neither a menu nor a tooltip state (the
  // attach button opens a menu, the dictation button has a tooltip, the model picker sits in a span).
  sendButton:
    'button[data-testid="submit-button"], [data-ask-input-container] div > button:last-child:not([aria-haspopup]):not([data-state])',
  userTurn: {
    selector: USER_TURN,
    key: (turn) => positionKey(turn, USER_TURN),
    keyIsMessageId: false,
  },
  // The home page `/` and `/search/new` become `/search/<slug>` after the first query.
  newChatPath: /^\/(search\/new\/?)?$/,
  network: [
    {
      urls: ['https://www.perplexity.ai/rest/sse/*'],
      path: /^\/rest\/sse\/perplexity_ask$/,
      // Every POST asks for an answer. Its body may well tell a rewrite from a new query, but no source
      // in tests/sites/perplexity/SOURCE.txt documents a field for it, so a rewrite counts as a send.
      classify: () => ({ trigger: 'send' }),
    },
  ],
};
