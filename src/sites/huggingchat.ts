import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { attributeKey } from './keys';

/** The JSON of the multipart field `data` that every generation request carries. */
function dataField(body: RequestBodyView): Record<string, unknown> | null {
  const raw = body.form?.data?.[0];
  if (raw === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * chat-ui's `POST /conversation/<id>` (messageUpdates.ts, +server.ts @ c100c162): `inputs` without
 * `is_retry` is a new prompt; `is_retry` with `inputs` is an edit (a new sibling user message, so a
 * send); `is_retry` without `inputs` asks the assistant again, and so does `is_continue`. A request
 * that resumes a parked tool call (`resumeElicitationId`) asks nothing new.
 */
function classifyHuggingChatRequest(body: RequestBodyView): NetworkSignal | null {
  const data = dataField(body);
  if (!data || data.resumeElicitationId !== undefined) return null;
  const hasInputs = typeof data.inputs === 'string' && data.inputs.trim() !== '';
  if (data.is_continue === true) return { trigger: 'regenerate' };
  if (data.is_retry === true) return { trigger: hasInputs ? 'send' : 'regenerate' };
  return hasInputs ? { trigger: 'send' } : null;
}

/**
 * huggingface.co/chat (open-source huggingface/chat-ui), see docs/sites.md#huggingchat and
 * tests/sites/huggingchat/SOURCE.txt. A user turn's `data-message-id` is a uuid the client
 * makes up before sending, but the request carries only the parent's id (and the server stores the
 * message under an id of its own, which the page shows after the answer), so page and network pair
 * by time.
 */
export const huggingchat: SiteAdapter = {
  id: 'huggingchat',
  name: 'HuggingChat',
  matches: ['https://huggingface.co/chat*'],
  // ChatInput's textarea (inputmode="text"); the edit form's textarea inside a user turn has none.
  composer: 'form textarea[inputmode="text"], form:has(button[name="submit"]) textarea',
  // ChatWindow's submit button (`name="submit"`); chat-ui is not localized, its label is constant.
  sendButton:
    'button[type="submit"][name="submit"], button[type="submit"][aria-label="Send message"]',
  userTurn: {
    selector: '[data-message-type="user"][data-message-id]',
    key: (turn) => attributeKey(turn, 'data-message-id'),
    keyIsMessageId: false,
  },
  // `/chat/` and a model's start page `/chat/models/<org>/<model>` create the conversation
  // (`POST /chat/conversation`) and move to `/chat/conversation/<id>`.
  newChatPath: /^\/chat(\/(models\/.+)?)?$/,
  network: [
    {
      urls: ['https://huggingface.co/chat/conversation/*'],
      // Not `/chat/conversation` (creates a chat), `/stop-generating`, `/stream`, `/share` …
      path: /^\/chat\/conversation\/[^/]+$/,
      classify: classifyHuggingChatRequest,
    },
  ],
};
