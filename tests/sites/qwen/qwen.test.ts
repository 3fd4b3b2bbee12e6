// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeChatSite, editWithInlineEditor } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { qwen } from '../../../src/sites/qwen';
import { observeSend as observe, sendRequest } from '../../unit/helpers/network';

const FIXTURE = 'chat.qwen.ai-2026-06-model.html';

function composer(): Element {
  return document.querySelector('textarea.message-input-textarea')!;
}

function sendButton(): Element {
  // Typing enables the send button (it drops `disabled` and the "disabled" class).
  const button = document.querySelector('.message-input-right-button-send button.send-button')!;
  button.removeAttribute('disabled');
  button.classList.remove('disabled');
  return button;
}

const userTurnMarkup = (id: string) =>
  `<div id="qwen-chat-message-user-${id}" class="qwen-chat-message qwen-chat-message-user">
    <div class="chat-user-message-container-wrapper"><div class="chat-user-message-container">
      <div class="chat-user-message-wrapper"><div class="chat-user-message"><div class="user-message-content">hi</div></div></div>
      <div class="user-message-footer"><div class="qwen-chat-package-comp-new-action-control"></div></div>
    </div></div></div>`;

/** Appends a user message after the last message of #chat-message-container. */
function appendUserTurn(id: string): Element {
  const turn = html(userTurnMarkup(id));
  const messages = document.querySelectorAll('.qwen-chat-message');
  messages[messages.length - 1]!.after(turn);
  return turn;
}

describeChatSite({
  site: qwen,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    // No source shows Qwen's edit (L): an editor inside the message, then the message's new id.
    return editWithInlineEditor(turn.querySelector('.chat-user-message')!, () => {
      turn.id = `qwen-chat-message-user-${newKey}`;
    });
  },
});

describe('qwen page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());

  it('finds the user messages, keyed by the uuid in their id', () => {
    loadFixture('qwen', FIXTURE);
    const turns = Array.from(document.querySelectorAll(qwen.userTurn.selector));
    expect(turns.map((t) => qwen.userTurn.key(t))).toEqual([
      '5fd32d1f-bda9-4e31-b9e4-4417df7541a1',
      '5fd32d1f-bda9-4e31-b9e4-4417df7541a2',
    ]);
  });

  it('waits for the real id of a message shown as …-user-undefined while sending', async () => {
    loadFixture('qwen', FIXTURE);
    tracker = track(qwen);
    pressEnter(composer());
    const turn = appendUserTurn('undefined');
    await settle();
    expect(tracker.signals).toEqual([]);
    turn.id = 'qwen-chat-message-user-8d2a4f6e-1b3c-4d5e-9f7a-0b1c2d3e4f5a';
    await settle();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: '8d2a4f6e-1b3c-4d5e-9f7a-0b1c2d3e4f5a' },
    ]);
  });

  it('counts the first send of a new chat once when / becomes /c/<uuid>', async () => {
    loadFixture('qwen', FIXTURE);
    const container = document.querySelector('#chat-message-container')!;
    container.innerHTML = '';
    history.pushState({}, '', '/');
    tracker = track(qwen);
    pressEnter(composer());
    history.pushState({}, '', '/c/3a7e1c5b-9d2f-4b8a-a6c4-1e2f3a4b5c6d');
    container.insertAdjacentHTML('beforeend', userTurnMarkup('first'));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'first' }]);
  });
});

// --- network -------------------------------------------------------------------------------------

const CHAT_ID = '3a7e1c5b-9d2f-4b8a-a6c4-1e2f3a4b5c6d';
const COMPLETIONS = `https://chat.qwen.ai/api/v2/chat/completions?chat_id=${CHAT_ID}`;

/** The body as Qwen's web client sends it (SOURCE.txt: gpt4free Qwen.py 2026-08). */
const body = (message: Record<string, unknown> = {}) => ({
  stream: true,
  incremental_output: true,
  version: '2.1',
  chat_id: CHAT_ID,
  chat_mode: 'normal',
  model: 'qwen3-max',
  parent_id: 'c1aa8fec-c752-4ddd-aa59-6b35c1494f52',
  messages: [
    {
      fid: '8d2a4f6e-1b3c-4d5e-9f7a-0b1c2d3e4f5a',
      parentId: 'c1aa8fec-c752-4ddd-aa59-6b35c1494f52',
      childrenIds: [],
      role: 'user',
      content: 'Which one has the shortest wavelength?',
      user_action: 'chat',
      files: [],
      timestamp: 1_790_000_000,
      models: ['qwen3-max'],
      chat_type: 't2t',
      feature_config: { thinking_enabled: false, output_schema: 'phase' },
      extra: { meta: { subChatType: 't2t' } },
      sub_chat_type: 't2t',
      parent_id: 'c1aa8fec-c752-4ddd-aa59-6b35c1494f52',
      ...message,
    },
  ],
  timestamp: 1_790_000_000,
});

const request = (url: string, json: unknown, method = 'POST') =>
  sendRequest(url, json, { method, initiator: 'https://chat.qwen.ai' });

describe('qwen network rule', () => {
  it.each([
    ['a prompt (user_action "chat")', body(), 'send'],
    ['the first prompt of a new chat', { ...body({ parentId: null }), parent_id: null }, 'send'],
    ['an image prompt (chat_type t2i)', body({ chat_type: 't2i' }), 'send'],
    ['an action naming a regenerate', body({ user_action: 'regenerate' }), 'regenerate'],
  ] as const)('counts %s once, without a message key', async (_, json, trigger) => {
    expect(qwen.network![0]!.classify({ json })).toEqual({ trigger });
    const events = await observe(request(COMPLETIONS, json));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ site: 'qwen', kind: 'prompt', trigger, source: 'net' });
  });

  it.each([
    [
      'the new-chat request',
      request('https://chat.qwen.ai/api/v2/chats/new', {
        title: 'New Chat',
        models: ['qwen3-max'],
        chat_mode: 'normal',
        chat_type: 't2t',
        timestamp: 1_790_000_000,
      }),
    ],
    ['an unknown user_action', request(COMPLETIONS, body({ user_action: 'something-new' }))],
    ['a body without a user message', request(COMPLETIONS, { ...body(), messages: [] })],
    ['a GET', request(COMPLETIONS, body(), 'GET')],
    [
      'a send from another site',
      { ...request(COMPLETIONS, body()), initiator: 'https://evil.example' },
    ],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });

  it('counts nothing for a refused send (429)', async () => {
    expect(await observe(request(COMPLETIONS, body()), 429)).toEqual([]);
  });
});
