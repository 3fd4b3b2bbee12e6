import type {
  BridgeRules,
  ImageJob,
  NetworkSignal,
  RequestBodyView,
  SiteAdapter,
} from '../domain/site';
import { positionKey } from './keys';
import { field, idOf, imageCount, job, jsonRecords, path } from './image-jobs';

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

/** How deep an answer's media may sit in a response record; deeper is not an answer's. */
const MAX_MEDIA_DEPTH = 12;

/** The distinct uris of a media list's items that have one, leaving out videos. */
function imageUris(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const uri = field(item, 'uri') ?? field(item, 'url');
    const type = String(field(item, 'media_type') ?? field(item, '__typename') ?? '');
    return typeof uri === 'string' && uri.length > 0 && !/video/i.test(type) ? [uri] : [];
  });
}

/**
 * Every answer in one response record that shows generated images, as `owner id → image uris`; the owner
 * is the nearest enclosing object with an `id` (the answer message or its imagine session). The shapes
 * (images-NOTES.txt): `imagine_media.images.nodes[]` (2026), `session.media_sets[].imagine_media[]`
 * (early 2026 and the 2024 `imagine_card`). Videos (`imagine_video`) are not images.
 */
function answerImages(record: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (value: unknown, owner: string | null, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > MAX_MEDIA_DEPTH) return;
    const own = idOf(field(value, 'id')) ?? owner;
    const sets = field(value, 'media_sets');
    const uris = [
      ...imageUris(path(value, 'imagine_media', 'images', 'nodes')),
      ...(Array.isArray(sets) ? sets.flatMap((set) => imageUris(field(set, 'imagine_media'))) : []),
    ];
    if (uris.length > 0 && own) {
      const images = found.get(own) ?? new Set<string>();
      uris.forEach((uri) => images.add(uri));
      found.set(own, images);
    }
    for (const child of Object.values(value)) visit(child, own, depth + 1);
  };
  visit(record, null, 0);
  return found;
}

/**
 * The generated images of one send's answer stream (images-NOTES.txt, L–M). Meta streams snapshots of
 * the answer, so the last record that shows images holds the final set; each image counts once by its
 * answer's id and index. The requested `numMedia` is not trusted (the app may ignore it). Only a send's
 * answer counts: other GraphQL reads (opening a conversation, the feed) return old media. The bridge
 * sees JSON request bodies only, so the older form-encoded send counts its prompt but not its images. A
 * video operation, a refusal or an answer without media makes none.
 */
function readImagineImages(request: unknown, response: unknown): ImageJob[] {
  if (classifyMetaRequest({ json: request }) === null) return [];
  const operation = path(request, 'variables', 'imagineOperationRequest', 'operation');
  if (typeof operation === 'string' && /VIDEO/i.test(operation)) return [];
  const snapshots = jsonRecords(response)
    .map(answerImages)
    .filter((answers) => answers.size > 0);
  const final = snapshots[snapshots.length - 1] ?? new Map<string, Set<string>>();
  return [...final].flatMap(([owner, uris]) => job(owner, imageCount(uris.size, 0)));
}

/**
 * www.meta.ai, see docs/sites.md#meta-ai and tests/sites/metaai/SOURCE.txt (the DOM is a model, L; the
 * network is M, so it is the signal to trust). The request's `userMessageId` never appears in the page,
 * so page and network pair by time. The 2024-25 transport on graph.meta.ai is left out: it predates the
 * 2026 app, and a rule there would need graph.meta.ai among the pages the content script runs on.
 * Generated images count from the send's answer stream, read in the page world (the image DOM is
 * unknown).
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
  bridge: { imageJobs: 'accepted' },
};

/** What Meta AI's page-world bridge reads (entrypoints/metaai-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    {
      url: /^https:\/\/www\.meta\.ai\/api\/graphql\/?(\?|$)/,
      read: readImagineImages,
    },
  ],
};
