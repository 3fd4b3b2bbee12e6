// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { deepseek } from '../../../src/sites/deepseek';
import { sendRequestFilters } from '../../../src/background/network';
import { observeSend as observe, sendRequest } from '../../unit/helpers/network';

const FIXTURE = 'chat.deepseek.com-2026-10-model.html';

const CAPTURE = 'ai-chat-exporter-2026-05-21-deepseek-chat.html';

function composer(): Element {
  return document.querySelector(deepseek.composer)!;
}

/** The 2026-10 round button, or the 2026-05 large icon button in the row after the composer's box. */
const SEND = 'div[role="button"].ds-button--circle, div[role="button"].ds-icon-button--l';

function sendButton(): Element {
  // Typing enables the button (it stays the same element: send when idle, stop while busy).
  const buttons = Array.from(document.querySelectorAll(SEND));
  const button = buttons[buttons.length - 1]!;
  button.setAttribute('aria-disabled', 'false');
  button.classList.remove('ds-button--disabled', 'ds-icon-button--disabled');
  return button;
}

/** 2026-10 row keys are signed integers, a user row -N and its answer +N: map test keys onto them. */
const rowKeys = new Map<string, number>();
const rowKeyOf = (key: string): number => {
  if (!rowKeys.has(key)) rowKeys.set(key, -(100 + 2 * rowKeys.size));
  return rowKeys.get(key)!;
};

const userRow = (rowKey: number | string) =>
  `<div class="_9663006" data-virtual-list-item-key="${rowKey}"><div class="d29f3d7d ds-message _63c77b1">
    <div class="fbb737a4"><div class="ds-collapsible-text">hi</div></div></div></div>`;

const answerRow = (rowKey: number | string, body: string) =>
  `<div class="_4f9bf79" data-virtual-list-item-key="${rowKey}"><div class="ds-message _63c77b1">${body}</div></div>`;

const visibleRows = () => document.querySelector('.ds-virtual-list-visible-items')!;

/** 2026-05 rows are keyed 1, 2, 3 … (a user row and its answer each take one): the next free pair. */
const plainKeys = new Map<string, number>();
const plainKeyOf = (key: string): number => {
  if (!plainKeys.has(key)) plainKeys.set(key, 101 + 2 * plainKeys.size);
  return plainKeys.get(key)!;
};

const signedRows = () => document.querySelector('[data-virtual-list-item-key^="-"]') !== null;

/** Appends a user row at the bottom of the virtual list, keyed as the loaded page's era keys rows. */
function appendUserTurn(key: string): Element {
  const row = html(userRow(signedRows() ? rowKeyOf(key) : plainKeyOf(key)));
  visibleRows().append(row);
  return row;
}

/** The adapter's key: the conversation path and the row key. */
const keyOf = (key: string) =>
  `${location.pathname}#${signedRows() ? rowKeyOf(key) : plainKeyOf(key)}`;

describeChatSite({ site: deepseek, composer, sendButton, appendUserTurn, keyOf });

describe('deepseek page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());

  it('finds the user messages by their negative row keys, not the answers', () => {
    loadFixture('deepseek', FIXTURE);
    const turns = Array.from(document.querySelectorAll(deepseek.userTurn.selector));
    expect(turns.map((t) => deepseek.userTurn.key(t))).toEqual([
      `${location.pathname}#-2`,
      `${location.pathname}#-4`,
    ]);
  });

  it('does not take an answer row still thinking (no body yet) for the new user message', async () => {
    loadFixture('deepseek', FIXTURE);
    tracker = track(deepseek);
    pressEnter(composer());
    visibleRows().insertAdjacentHTML(
      'beforeend',
      userRow(-6) + answerRow(6, '<div class="ds-loading"><svg data-icon="spin"></svg></div>'),
    );
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: `${location.pathname}#-6` }]);
  });

  it('counts nothing when the virtual list re-mounts rows scrolled out and back in', async () => {
    loadFixture('deepseek', FIXTURE);
    tracker = track(deepseek);
    pressEnter(composer()); // refused: no row of its own appears
    const rows = Array.from(visibleRows().children);
    rows.forEach((row) => row.remove());
    await settle();
    rows.forEach((row) => visibleRows().append(row.cloneNode(true)));
    await settle();
    expect(tracker.signals).toEqual([]);
  });

  it('scopes row keys to the conversation: the same row key elsewhere is another turn', () => {
    loadFixture('deepseek', FIXTURE);
    const first = document.querySelector(deepseek.userTurn.selector)!;
    history.pushState({}, '', '/a/chat/s/11111111-2222-4333-8444-555555555555');
    const inA = deepseek.userTurn.key(first);
    history.pushState({}, '', '/a/chat/s/66666666-7777-4888-9999-000000000000');
    expect(deepseek.userTurn.key(first)).not.toBe(inA);
  });

  // Regression: the URL of a new chat opened from a conversation must not drop the first send.
  it('counts a new chat’s first row when the new chat was opened from a conversation', async () => {
    history.pushState({}, '', '/a/chat/s/11111111-2222-4333-8444-555555555555');
    loadFixture('deepseek', FIXTURE); // rows -2 and -4 of this conversation
    tracker = track(deepseek);
    history.pushState({}, '', '/');
    visibleRows().innerHTML = '';
    await settle();
    pressEnter(composer());
    history.pushState({}, '', '/a/chat/s/66666666-7777-4888-9999-000000000000');
    visibleRows().insertAdjacentHTML('beforeend', userRow(-2));
    await settle();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: '/a/chat/s/66666666-7777-4888-9999-000000000000#-2' },
    ]);
  });

  it('counts a send in the older markup (real 2026-05 capture: keys 1, 2, 3 …, no text wrapper)', async () => {
    loadFixture('deepseek', CAPTURE);
    expect(document.querySelectorAll(deepseek.userTurn.selector)).toHaveLength(1);
    tracker = track(deepseek);
    document.querySelector<HTMLElement>(deepseek.sendButton)!.click();
    visibleRows().insertAdjacentHTML(
      'beforeend',
      '<div data-virtual-list-item-key="3"><div class="ds-message"><div>Which is longest?</div></div></div>',
    );
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: `${location.pathname}#3` }]);
  });

  it('keys rows without a row key by the position they were first seen at', async () => {
    loadFixture('deepseek', FIXTURE);
    visibleRows()
      .querySelectorAll('[data-virtual-list-item-key]')
      .forEach((row) => row.removeAttribute('data-virtual-list-item-key'));
    tracker = track(deepseek);
    pressEnter(composer());
    const row = html(
      '<div><div class="ds-message"><div><div class="ds-collapsible-text">Which is longest?</div></div></div></div>',
    );
    visibleRows().append(row);
    await settle();
    visibleRows().prepend(
      html('<div><div class="ds-message"><div class="ds-collapsible-text">older</div></div></div>'),
    );
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: `${location.pathname}#2` }]);
  });

  it('does not take the answer rows’ icon buttons for the send button', () => {
    loadFixture('deepseek', FIXTURE);
    const buttons = Array.from(document.querySelectorAll(deepseek.sendButton));
    expect(buttons).toEqual([document.querySelector('.ds-button--circle')]);
    // The 2026-05 capture has 11 icon buttons with aria-disabled; only the large one by the composer sends.
    loadFixture('deepseek', CAPTURE);
    expect(
      document.querySelectorAll('div[role="button"].ds-icon-button[aria-disabled]'),
    ).toHaveLength(11);
    expect(Array.from(document.querySelectorAll(deepseek.sendButton))).toEqual([
      document
        .querySelector('textarea.ds-scroll-area')!
        .parentElement!.nextElementSibling!.querySelector('.ds-icon-button--l'),
    ]);
  });
});

// --- network -------------------------------------------------------------------------------------

const SESSION = '66666666-7777-4888-9999-000000000000';
const API = 'https://chat.deepseek.com/api/v0/chat';

// Bodies as the web client sends them (SOURCE.txt: gpt4free DeepSeek.py 2026-08 and public userscripts).
const COMPLETION = {
  chat_session_id: SESSION,
  parent_message_id: 4,
  prompt: 'Which one has the shortest wavelength?',
  ref_file_ids: [],
  thinking_enabled: false,
  search_enabled: false,
  client_stream_id: '20261005-1a2b3c4d5e6f7a8b',
};
const FIRST = { ...COMPLETION, parent_message_id: null };
const EDIT = {
  chat_session_id: SESSION,
  message_id: 3,
  prompt: 'Which one is the coldest?',
  thinking_enabled: false,
  search_enabled: false,
};
const REGENERATE = {
  chat_session_id: SESSION,
  message_id: 4,
  thinking_enabled: false,
  search_enabled: false,
};
const CONTINUE = { chat_session_id: SESSION, message_id: 4, fallback_to_resume: true };

const request = (path: string, body: unknown, method = 'POST') =>
  sendRequest(`${API}/${path}`, body, { method, initiator: 'https://chat.deepseek.com' });

describe('deepseek network rules', () => {
  it('watches the chat API once', () => {
    expect(sendRequestFilters().filter((f) => f.includes('deepseek'))).toEqual([`${API}/*`]);
  });

  it.each([
    ['a prompt', 'completion', COMPLETION, 'send'],
    ['the first prompt of a new chat', 'completion', FIRST, 'send'],
    ['an edited prompt', 'edit_message', EDIT, 'send'],
    ['a regenerate', 'regenerate', REGENERATE, 'regenerate'],
    ['a continue', 'continue', CONTINUE, 'regenerate'],
  ] as const)('counts %s once, without a message key', async (_, path, body, trigger) => {
    const events = await observe(request(path, body));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ site: 'deepseek', kind: 'prompt', trigger, source: 'net' });
    expect(events[0]).not.toHaveProperty('messageKey');
  });

  it.each([
    [
      'the proof-of-work challenge',
      request('create_pow_challenge', { target_path: '/api/v0/chat/completion' }),
    ],
    [
      'a reconnect to a running stream',
      request('resume_stream', { chat_session_id: SESSION, message_id: 4 }),
    ],
    [
      'the new-session request',
      { ...request('x', {}), url: 'https://chat.deepseek.com/api/v0/chat_session/create' },
    ],
    ['a completion without a prompt', request('completion', { chat_session_id: SESSION })],
    ['a GET', request('completion', COMPLETION, 'GET')],
    [
      'a send from another site',
      { ...request('completion', COMPLETION), initiator: 'https://evil.example' },
    ],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });

  it('counts nothing for a refused send (429)', async () => {
    expect(await observe(request('completion', COMPLETION), 429)).toEqual([]);
  });
});
