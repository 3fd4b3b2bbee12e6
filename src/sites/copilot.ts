import type { Mode } from '../domain/model-mode';
import type { BridgeRules, NetworkSignal, SiteAdapter, SocketImageRule } from '../domain/site';
import { affixedKey } from './keys';
import { field, idOf } from './image-jobs';

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
 * The send frame's `mode` (docs/sites.md#model-and-mode): `chat` is Quick (standard), `reasoning` is
 * Think Deeper, `research` Deep Research (one proxy only, L). `smart` routes server-side, and any
 * other value is not known: no label.
 */
export function copilotMode(frameMode: unknown): Mode | undefined {
  if (frameMode === 'chat') return 'standard';
  if (frameMode === 'reasoning') return 'reasoning';
  if (frameMode === 'research') return 'deep-research';
  return undefined;
}

/**
 * A client frame on the chat socket. `{"event":"send",conversationId,content:[…],mode}` is a prompt
 * (SOURCE.txt: H transport, M event names). No source shows the regenerate frame: the event names below
 * are an unverified guess that cannot match anything else; were regenerate a `send` frame instead, it
 * still counts, as a send.
 */
function classifyCopilotFrame(frame: unknown): NetworkSignal | null {
  const event = (frame as { event?: unknown } | null)?.event;
  if (event === 'send') {
    const mode = copilotMode((frame as { mode?: unknown }).mode);
    return mode ? { trigger: 'send', mode } : { trigger: 'send' };
  }
  if (typeof event === 'string' && /^(regenerate|retry)/i.test(event)) {
    return { trigger: 'regenerate' };
  }
  return null;
}

/**
 * The images of an answer (images-NOTES.txt, M; several 2025–26 clients agree): `generatingImage` starts
 * one and `partialImageGenerated` streams previews of it, neither of which counts; `imageGenerated`
 * with a non-empty `url` is a finished image, keyed by its `messageId` and `partId` (a 2026 client's
 * test frames carry both). `imageGenerationFailed` and an answer cut off before `imageGenerated` make
 * none. `done` ends the answer, and so do `error` and `chatMessageError`.
 */
const answerImages: SocketImageRule = {
  imageKey(frame) {
    if (field(frame, 'event') !== 'imageGenerated') return null;
    const url = field(frame, 'url');
    const message = idOf(field(frame, 'messageId'));
    const part = idOf(field(frame, 'partId')) ?? idOf(field(frame, 'id'));
    return typeof url === 'string' && url.length > 0 && message && part
      ? `${message}:${part}`
      : null;
  },
  ends: (frame) => /^(done|error|chatMessageError)$/.test(String(field(frame, 'event'))),
};

/**
 * copilot.microsoft.com, see docs/sites.md#microsoft-copilot and tests/sites/copilot/SOURCE.txt. User turns are
 * `[role=article][id$="-user-message"]` holding `[data-content=user-message]` (2026-01 capture); a later
 * layout adds a `.group/user-message` wrapper. Prompts go over a WebSocket whose frames carry no id the
 * page shows, so the page and the socket are paired by time; webRequest sees only the socket's
 * handshake, hence no `network` rule. Generated images count from the answer's socket frames (the
 * image DOM is unknown).
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
  bridge: { socketSends: true, imageJobs: 'accepted' },
};

/** What Microsoft Copilot's page-world bridge reads (entrypoints/copilot-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  socket: [
    {
      // `/c/api/chat?api-version=2&clientSessionId=…` and its `/c/api/eval/chat` variant.
      url: /^wss:\/\/copilot\.microsoft\.com\/c\/api\/(eval\/)?chat(\?|$)/,
      classify: classifyCopilotFrame,
      images: answerImages,
    },
  ],
};
