// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedEventIds } from '../../unit/helpers/ids';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { huggingchat } from '../../../src/sites/huggingchat';
import {
  createSendObserver,
  sendRequestFilters,
  type SendRequestDetails,
} from '../../../src/background/network';
import type { UsageEvent } from '../../../src/domain/usage-event';
import type { NetworkSendMessage } from '../../../src/messaging/relay';
import { observeSend as observe } from '../../unit/helpers/network';

const FIXTURE = 'huggingface.co-2026-08-model.html';

function composer(): Element {
  return document.querySelector('form textarea[inputmode="text"]')!;
}

function sendButton(): Element {
  // Typing a draft enables the submit button, as ChatWindow does (`disabled={!draft}`).
  const button = document.querySelector('button[name="submit"]')!;
  button.removeAttribute('disabled');
  return button;
}

const userTurnMarkup = (id: string, inner = '<p class="disabled w-full">hi</p>') =>
  `<div class="group relative w-full items-start justify-start gap-4" data-message-id="${id}" data-message-type="user" role="presentation">
    <div class="flex w-full flex-col gap-2"><div class="flex w-full flex-row flex-nowrap">${inner}</div></div></div>`;

/** Appends a user message after the last message, as ChatWindow renders it. */
function appendUserTurn(id: string): Element {
  const turn = html(userTurnMarkup(id));
  const messages = document.querySelectorAll('[data-message-id]');
  messages[messages.length - 1]!.after(turn);
  return turn;
}

describeChatSite({
  site: huggingchat,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    // ChatMessage's edit mode: a form with a textarea and a submit button inside the user message;
    // sending adds a sibling user message, which the keyed list renders as a new element.
    turn
      .querySelector('p')!
      .replaceWith(
        html(
          '<form class="mt-3 flex w-full flex-col"><textarea rows="5" required></textarea><div><button type="submit">Send</button><button type="button">Cancel</button></div></form>',
        ),
      );
    turn.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    return {
      clickSend: () => turn.querySelector<HTMLElement>('button[type="submit"]')!.click(),
      finish: () => turn.replaceWith(html(userTurnMarkup(newKey))),
    };
  },
});

describe('huggingchat page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  beforeEach(() => loadFixture('huggingchat', FIXTURE));
  afterEach(() => tracker?.stop());

  it('finds the user messages, not the assistant ones, keyed by data-message-id', () => {
    const turns = Array.from(document.querySelectorAll(huggingchat.userTurn.selector));
    expect(turns.map((t) => huggingchat.userTurn.key(t))).toEqual([
      '0b6c2f1e-9d4a-4c3b-8e7f-1a2b3c4d5e01',
      '0b6c2f1e-9d4a-4c3b-8e7f-1a2b3c4d5e03',
    ]);
  });

  it('takes the chat textarea as the composer, not the edit form of a user message', () => {
    const turn = appendUserTurn('editing');
    turn.insertAdjacentHTML('beforeend', '<form><textarea rows="5"></textarea></form>');
    expect(Array.from(document.querySelectorAll(huggingchat.composer))).toEqual([composer()]);
  });

  it('counts nothing when the server re-keys the sent message after the answer', async () => {
    tracker = track(huggingchat);
    pressEnter(composer());
    const turn = appendUserTurn('client-uuid');
    await settle();
    // After the stream, the page reloads the conversation: the message shows the server's id.
    turn.setAttribute('data-message-id', 'server-uuid');
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'client-uuid' }]);
  });

  it('counts the first send of a new chat once when /chat/ becomes /chat/conversation/<id>', async () => {
    document.body.innerHTML = '';
    loadFixture('huggingchat', FIXTURE);
    document.querySelectorAll('[data-message-id]').forEach((m) => m.remove());
    history.pushState({}, '', '/chat/');
    tracker = track(huggingchat);
    pressEnter(composer());
    history.pushState({}, '', '/chat/conversation/68a1f0c2e4b0a1b2c3d4e5f6');
    document
      .querySelector('.flex.h-max.flex-col')!
      .insertAdjacentHTML('beforeend', userTurnMarkup('first'));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'first' }]);
  });

  it('treats /chat/ and a model page as new-chat pages, and a conversation as none', () => {
    const re = huggingchat.newChatPath!;
    expect(
      ['/chat', '/chat/', '/chat/models/meta-llama/Llama-3.3-70B-Instruct'].map((p) => re.test(p)),
    ).toEqual([true, true, true]);
    expect(re.test('/chat/conversation/68a1f0c2e4b0a1b2c3d4e5f6')).toBe(false);
  });
});

// --- network -------------------------------------------------------------------------------------

const CONVERSATION = 'https://huggingface.co/chat/conversation/68a1f0c2e4b0a1b2c3d4e5f6';
const PARENT = '0b6c2f1e-9d4a-4c3b-8e7f-1a2b3c4d5e04';

/** The `data` field as messageUpdates.ts builds it. */
const data = (fields: Record<string, unknown>) =>
  JSON.stringify({
    inputs: undefined,
    id: PARENT,
    is_retry: false,
    is_continue: false,
    generationId: '4c9f1f4e-5b7a-4d59-9a55-0c1d2e3f4a5b',
    selectedMcpServerNames: [],
    selectedMcpServers: [],
    timezone: 'Europe/Amsterdam',
    ...fields,
  });

const SEND = data({ inputs: 'Which one has the shortest wavelength?' });
const EDIT = data({
  inputs: 'Which one is the coldest?',
  id: '0b6c2f1e-9d4a-4c3b-8e7f-1a2b3c4d5e03',
  is_retry: true,
});
const REGENERATE = data({ id: PARENT, is_retry: true });
const CONTINUE = data({ id: PARENT, is_continue: true });
const RESUME_TOOL = data({ resumeElicitationId: '7d2c8a40-1e5f-4b6a-9c3d-2e1f0a9b8c7d' });

function request(
  form: Record<string, (string | ArrayBuffer)[]> | null,
  overrides: Partial<SendRequestDetails> = {},
): SendRequestDetails {
  return {
    requestId: '9',
    url: CONVERSATION,
    method: 'POST',
    tabId: 4,
    timeStamp: 1_790_000_000_000,
    // Firefox gives the page's URL; Chrome only its origin (see the last test).
    documentUrl: `${CONVERSATION}`,
    requestBody: form
      ? { formData: form }
      : { raw: [{ bytes: new TextEncoder().encode('{}').buffer }] },
    ...overrides,
  };
}

describe('huggingchat network rule', () => {
  it('watches only the conversation endpoints', () => {
    expect(sendRequestFilters()).toContain('https://huggingface.co/chat/conversation/*');
  });

  it.each([
    ['a new prompt', SEND, 'send'],
    ['an edit (is_retry with inputs)', EDIT, 'send'],
    ['a regenerate (is_retry without inputs)', REGENERATE, 'regenerate'],
    ['a continue (is_continue)', CONTINUE, 'regenerate'],
  ] as const)('counts %s once, without a message key', async (_, json, trigger) => {
    expect(huggingchat.network![0]!.classify({ form: { data: [json] } })).toEqual({ trigger });
    const events = await observe(request({ data: [json], files: [new ArrayBuffer(4)] }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      site: 'huggingchat',
      kind: 'prompt',
      trigger,
      source: 'net',
    });
  });

  it('hands a send to the tab, which pairs it with the page by time', async () => {
    const relayed: NetworkSendMessage[] = [];
    const stored: UsageEvent[] = [];
    const observer = createSendObserver(
      async (event) => void stored.push(event),
      fixedEventIds(),
      async (_tab, _frame, message) => (relayed.push(message), true),
    );
    observer.onBeforeRequest(request({ data: [SEND] }));
    await observer.onResponseStarted({ requestId: '9', statusCode: 200 });
    expect(relayed).toEqual([{ type: 'network-send', trigger: 'send' }]);
    expect(stored).toEqual([]);
  });

  it.each([
    ['the new-chat request', request(null, { url: 'https://huggingface.co/chat/conversation' })],
    ['a stop', request({ data: ['{}'] }, { url: `${CONVERSATION}/stop-generating` })],
    ['a resumed tool call', request({ data: [RESUME_TOOL] })],
    ['a request without inputs', request({ data: [data({})] })],
    ['a body without the data field', request({ files: [new ArrayBuffer(4)] })],
    ['an unreadable data field', request({ data: ['{not json'] })],
    ['a GET of the stream', request({ data: [SEND] }, { method: 'GET' })],
    [
      'a send from another Hugging Face page',
      request({ data: [SEND] }, { documentUrl: 'https://huggingface.co/spaces/x/y' }),
    ],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });

  it('counts nothing for a refused send (429)', async () => {
    expect(await observe(request({ data: [SEND] }), 429)).toEqual([]);
  });

  // Chrome's `initiator` is the page's origin only: it must still be taken for huggingface.co/chat.
  it('counts a send seen by Chrome (initiator = origin only)', async () => {
    const details = request(
      { data: [SEND] },
      { documentUrl: undefined, initiator: 'https://huggingface.co' },
    );
    expect(await observe(details)).toHaveLength(1);
  });
});
