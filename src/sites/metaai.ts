import type { BridgeRules, NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { affixedKey, positionKey } from './keys';
import { META_SOCKET_URL, classifyMetaSocketBody, classifyMetaSocketFrame } from './metaai-socket';

/** Every message of the conversation, the user's and Meta AI's. */
const MESSAGE = '[role="article"]';

/**
 * A user message of the 2026-04 model page. Only localized aria-labels tell the roles apart there
 * ("Your message" / "Meta AI response", SOURCE.txt), so the role is read from structure instead: an
 * answer holds controls (Copy, Like, Dislike) once done and a busy marker while streaming; a user
 * message holds neither. L.
 */
const ARTICLE_USER_MESSAGE =
  '[role="article"]:not(:has(button, [role="button"], [aria-busy="true"], [role="progressbar"]))';

/**
 * A user message of the 2026-05 app (real capture): `[data-message-item]` whose `data-message-id` is
 * `<conversation uuid>_<unique message id>_user`; answers end in `_assistant`. H for 2026-05.
 */
const ITEM_USER_MESSAGE = '[data-message-item][data-message-id$="_user"]';

/** A 2026-05 item's key is its message id without `_user`; a model-era article's is its position. */
function metaTurnKey(turn: Element): string | null {
  return turn.matches(ITEM_USER_MESSAGE)
    ? affixedKey(turn, 'data-message-id', { suffix: '_user' })
    : positionKey(turn, MESSAGE);
}

/** The GraphQL operation's name and variables, from a JSON or a form-encoded body. */
function operationOf(body: RequestBodyView): {
  name?: string;
  variables?: Record<string, unknown>;
} {
  const parse = (value: unknown): Record<string, unknown> | undefined => {
    if (typeof value === 'string') {
      try {
        return parse(JSON.parse(value));
      } catch {
        return undefined;
      }
    }
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  };
  if (body.form) {
    return {
      name: body.form.fb_api_req_friendly_name?.[0],
      variables: parse(body.form.variables?.[0]),
    };
  }
  return { variables: parse((body.json as { variables?: unknown } | undefined)?.variables) };
}

/**
 * Meta AI's send mutation. 2026: JSON `{doc_id, variables:{content, userMessageId, mode,
 * promptEditType, rewriteOptions, …}}`; the doc_id is a per-deploy hash, so the request is recognised
 * by its variables. 2025-11..2026-02: a form with `fb_api_req_friendly_name=useKadabraSendMessageMutation`
 * (2024-25 `useAbraSendMessageMutation`). Non-null `rewriteOptions` asks again (L); an edit
 * (`promptEditType` other than `new_message`) is a send.
 */
function classifyMetaRequest(body: RequestBodyView): NetworkSignal | null {
  const { name, variables = {} } = operationOf(body);
  const sends =
    (typeof variables.content === 'string' && typeof variables.userMessageId === 'string') ||
    (name !== undefined && /^use\w*SendMessageMutation$/.test(name));
  if (!sends) return null;
  if (variables.rewriteOptions !== undefined && variables.rewriteOptions !== null) {
    return { trigger: 'regenerate' };
  }
  return { trigger: 'send' };
}

/**
 * www.meta.ai, see docs/sites.md#meta-ai and tests/sites/metaai/SOURCE.txt: a real 2026-05 capture
 * (user items with message ids) and a 2026-04 model (articles, L). Prompts go over the gateway socket by mid-2026 (H): its binary
 * frames are read in the page world and only "send" is passed on. The GraphQL send is kept while older
 * builds may still serve it. Neither transport's id is joined with the page (the socket frame's ids
 * match the page's only by inference, M), so page and network pair by time. The 2024-25 transport on
 * graph.meta.ai is left out: a rule there would need graph.meta.ai among the pages the content script
 * runs on. Generated images are not counted: they left the GraphQL answer stream with the send (a
 * public client, 2026-06), and no public frame shows them on the socket (docs/sites.md#not-yet).
 */
export const metaai: SiteAdapter = {
  id: 'metaai',
  name: 'Meta AI',
  matches: ['https://www.meta.ai/*'],
  // Lexical editor (2026); older builds a plain contenteditable textbox.
  composer:
    '[role="textbox"][contenteditable="true"][data-lexical-editor="true"], div[contenteditable="true"][role="textbox"]',
  // Its only stable trait besides a localized label: `aria-disabled` while the composer is empty.
  sendButton:
    '[data-lexical-editor="true"] ~ [role="button"][aria-disabled], form:has([data-lexical-editor="true"]) [role="button"][aria-disabled], form:has([data-lexical-editor="true"]) button[type="submit"]',
  // Model-era articles are keyed among all messages: an answer briefly taken for a user message cannot
  // take a user message's key.
  userTurn: { selector: `${ITEM_USER_MESSAGE}, ${ARTICLE_USER_MESSAGE}`, key: metaTurnKey },
  // New chat `/`; conversations `/prompt/<uuid>`.
  newChatPath: /^\/$/,
  network: [
    {
      urls: ['https://www.meta.ai/api/graphql*'],
      path: /^\/api\/graphql\/?$/,
      classify: classifyMetaRequest,
    },
  ],
  bridge: { socketSends: true },
};

/** What Meta AI's page-world bridge reads (entrypoints/metaai-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  socket: [
    {
      url: META_SOCKET_URL,
      // The same JSON body sent as a text frame (one 2026 client allows for that; L).
      classify: classifyMetaSocketBody,
      classifyBinary: classifyMetaSocketFrame,
    },
  ],
};
