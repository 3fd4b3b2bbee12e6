import type { NetworkSignal, RequestBodyView, SiteAdapter } from './types';
import { positionKey } from '../detect/keys';

/** Every message of the conversation, the user's and Meta AI's. */
const MESSAGE = '[role="article"]';

/**
 * A user message. Only localized aria-labels tell the roles apart on the page ("Your message" /
 * "Meta AI response", SOURCE.txt), so the role is read from structure instead: an answer holds controls
 * (Copy, Like, Dislike) once done and a busy marker while streaming; a user message holds neither. L.
 */
const USER_MESSAGE =
  '[role="article"]:not(:has(button, [role="button"], [aria-busy="true"], [role="progressbar"]))';

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
 * www.meta.ai, see SITES.md §9 and tests/fixtures/sites/metaai/SOURCE.txt (the DOM is a model, L; the
 * network is M, so it is the signal to trust). The request's `userMessageId` never appears in the page,
 * so page and network pair by time. The 2024-25 transport on graph.meta.ai is left out: it predates the
 * 2026 app, and a rule there would need graph.meta.ai among the pages the content script runs on.
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
  // Keyed among all messages: an answer briefly taken for a user message cannot take a user message's key.
  userTurn: { selector: USER_MESSAGE, key: (turn) => positionKey(turn, MESSAGE) },
  // New chat `/`; conversations `/prompt/<uuid>`.
  newChatPath: /^\/$/,
  network: [
    {
      urls: ['https://www.meta.ai/api/graphql*'],
      path: /^\/api\/graphql\/?$/,
      classify: classifyMetaRequest,
    },
  ],
};
