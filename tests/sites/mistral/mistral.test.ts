// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeChatSite, editWithInlineEditor } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { mistral } from '../../../src/sites/mistral';
import { observeSend as observe, sendRequest } from '../../unit/helpers/network';

const FIXTURE = 'chat.mistral.ai-2026-08-model.html';

function composer(): Element {
  return document.querySelector('.ProseMirror[contenteditable="true"]')!;
}

function sendButton(): Element {
  // Typing enables the submit button.
  const button = document.querySelector('form button[type="submit"]')!;
  button.removeAttribute('disabled');
  return button;
}

const userTurnMarkup = (id: string) =>
  `<div class="group/message group" data-message-author-role="user" data-message-id="${id}"><div class="flex w-full flex-col">
    <div class="ms-auto flex w-fit max-w-full min-w-0 flex-col rounded-3xl bg-basic-gray-alpha-4 px-4 py-2"><div dir="auto"><div><div><div class="select-text"><span class="whitespace-pre-wrap">hi</span></div></div></div></div></div>
  </div></div>`;

/** Appends a user message after the last message. */
function appendUserTurn(id: string): Element {
  const turn = html(userTurnMarkup(id));
  const messages = document.querySelectorAll('[data-message-author-role]');
  messages[messages.length - 1]!.after(turn);
  return turn;
}

describeChatSite({
  site: mistral,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    // How Le Chat edits is not documented (SOURCE.txt: L): an editor with a button inside the user
    // message, then the message under a new id.
    return editWithInlineEditor(turn, () => {
      turn.setAttribute('data-message-id', newKey);
    });
  },
});

describe('mistral page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());

  it('finds the user messages, not the answers, keyed by data-message-id', () => {
    loadFixture('mistral', FIXTURE);
    const turns = Array.from(document.querySelectorAll(mistral.userTurn.selector));
    expect(turns.map((t) => mistral.userTurn.key(t))).toEqual([
      '6f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f601',
      '6f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f603',
    ]);
  });

  it('counts the first prompt of a new chat once when /chat becomes /chat/<uuid>', async () => {
    loadFixture('mistral', FIXTURE);
    document.querySelectorAll('[data-message-author-role]').forEach((m) => m.remove());
    history.pushState({}, '', '/chat');
    tracker = track(mistral);
    pressEnter(composer());
    history.pushState({}, '', '/chat/0c6f3b9e-2d7a-4e1b-9f58-3a4b5c6d7e8f');
    document.querySelector('main > div')!.insertAdjacentHTML('beforeend', userTurnMarkup('first'));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'first' }]);
  });
});

// --- network -------------------------------------------------------------------------------------

const CHAT_ID = '0c6f3b9e-2d7a-4e1b-9f58-3a4b5c6d7e8f';
/** The body's other fields, shared with the page double (mistral.flow.mjs passes them to it). */
const common = {
  chatId: CHAT_ID,
  ...(JSON.parse(
    readFileSync(join(__dirname, 'api-chat-request-fields-model.json'), 'utf8'),
  ) as object),
};
const APPEND = {
  ...common,
  mode: 'append',
  messageInput: [{ type: 'text', text: 'Which one has the longest wavelength?' }],
  messageId: '6f1d2c3b-4a5e-4f60-8a71-b2c3d4e5f603',
};
const START = { ...common, mode: 'start' };
const RETRY = { ...common, mode: 'retry' };
const NEW_CHAT = {
  0: {
    json: {
      content: [{ type: 'text', text: 'Name three colours of the rainbow.' }],
      files: [],
      features: [],
      productType: 'chat',
      chatId: null,
      parentId: null,
    },
  },
};

const request = (url: string, body: unknown, method = 'POST') =>
  sendRequest(url, body, { method, initiator: 'https://chat.mistral.ai' });

const CHAT = 'https://chat.mistral.ai/api/chat';

describe('mistral network rule', () => {
  it.each([
    ['a follow-up (mode append)', APPEND, 'send'],
    ['the answer to a new chat’s first prompt (mode start)', START, 'send'],
    ['a retry', RETRY, 'regenerate'],
  ] as const)('counts %s once, without a message key', async (_, body, trigger) => {
    expect(mistral.network![0]!.classify({ json: body })).toEqual({ trigger });
    const events = await observe(request(CHAT, body));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ site: 'mistral', kind: 'prompt', trigger, source: 'net' });
  });

  it('counts a new chat’s newChat + start pair once', async () => {
    const newChat = await observe(
      request('https://chat.mistral.ai/api/trpc/message.newChat?batch=1', NEW_CHAT),
    );
    const start = await observe(request(CHAT, START));
    expect([...newChat, ...start]).toHaveLength(1);
  });

  it.each([
    ['an unknown mode', request(CHAT, { ...common, mode: 'something-new' })],
    ['an append without input', request(CHAT, { ...APPEND, messageInput: undefined })],
    ['another tRPC call', request('https://chat.mistral.ai/api/trpc/chat.list?batch=1', {})],
    ['a GET', request(CHAT, APPEND, 'GET')],
    ['a send from another site', { ...request(CHAT, APPEND), initiator: 'https://evil.example' }],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });

  it('counts nothing for a refused send (429)', async () => {
    expect(await observe(request(CHAT, APPEND), 429)).toEqual([]);
  });
});
