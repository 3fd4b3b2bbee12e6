// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import {
  fixtureFiles,
  html,
  loadFixture,
  pressEnter,
  settle,
  track,
} from '../../unit/helpers/page';
import { claude } from '../../../src/sites/claude';
import { sendRequestFilters } from '../../../src/background/network';
import { observeSend as observe, sendRequest } from '../../unit/helpers/network';

const CAPTURE = 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html';
const HUB = 'sho7650-2026-10-hub-model.html';

/** The composer of the 2026-02-27 capture (the models have none): SSR stand-in, then the live one. */
const COMPOSER = `<div data-chat-input-container="true"><div data-testid="chat-input-grid-container">
  <div data-testid="chat-input-grid-area"><fieldset data-testid="prompt-input-ssr-interactive" inert="">
    <textarea data-testid="chat-input-ssr"></textarea></fieldset></div>
  <div data-testid="chat-input-grid-area"><fieldset>
    <div contenteditable="true" role="textbox" enterkeyhint="enter" data-testid="chat-input" translate="no" class="tiptap ProseMirror" tabindex="0"><p><br></p></div>
    <div><button type="button" aria-haspopup="menu" aria-expanded="false" aria-label="Toggle menu"></button></div>
    <button type="button" data-testid="model-selector-dropdown" aria-haspopup="menu" aria-expanded="false">Opus</button>
    <div class="flex items-center gap-1 shrink-0"><button data-state="closed" tabindex="0"></button></div>
  </fieldset></div></div></div>`;

function composer(): Element {
  if (!document.querySelector('[data-testid="chat-input"]'))
    document.body.insertAdjacentHTML('beforeend', COMPOSER);
  return document.querySelector('[data-testid="chat-input"]')!;
}

function sendButton(): Element {
  // The send button appears in the live composer once text is typed (docs/sites.md#claude).
  composer();
  const slot = document.querySelector('fieldset:not([inert]) .shrink-0, fieldset:not([inert])')!;
  if (!slot.querySelector('button[aria-label="Send message"]'))
    slot.insertAdjacentHTML(
      'beforeend',
      '<button type="button" aria-label="Send message"></button>',
    );
  return slot.querySelector('button[aria-label="Send message"]')!;
}

/** What the adapter should key each appended turn by (hub: its turn key; else first-seen position). */
const expectedKeys = new Map<string, string>();
const USER_TURNS = claude.userTurn.selector;

/** Appends a user turn in the loaded page's era and returns its outermost element. */
function appendUserTurn(key: string): Element {
  const hub = document.querySelector('[data-testid="transcript-row"]');
  if (hub) {
    const rows = document.querySelectorAll('[data-testid="transcript-row"]');
    const row = html(
      `<div data-index="${rows.length}" data-testid="transcript-row" data-perf-row="human"><div role="article">
        <div data-user-scope="" class="group group/message-row min-w-0"><div data-cds="UserMessage" data-turn-key="${key}">
        <div class="cds-user-message-body"><div data-testid="user-message"><p class="whitespace-pre-wrap">hi</p></div></div>
        </div></div></div></div>`,
    );
    rows[rows.length - 1]!.after(row);
    expectedKeys.set(key, key);
    return row;
  }
  const bubbleEra = document.querySelector('[data-user-message-bubble]') !== null;
  const position = document.querySelectorAll(USER_TURNS).length;
  const wrappers = document.querySelectorAll('[data-test-render-count]');
  const last = wrappers[wrappers.length - 1]!;
  const anchor = last.parentElement?.getAttribute('role') === 'article' ? last.parentElement : last;
  const message = '<div data-testid="user-message"><p class="whitespace-pre-wrap">hi</p></div>';
  const turn = html(
    bubbleEra
      ? `<div role="article"><div data-test-render-count="2"><div class="contents"><div class="flex flex-col items-end gap-1">
          <div data-user-message-bubble="true">${message}</div></div></div></div></div>`
      : `<div data-test-render-count="2"><div class="mb-1 mt-6 group">${message}</div></div>`,
  );
  anchor.after(turn);
  expectedKeys.set(key, `${location.pathname}#${position}`);
  return turn;
}

const keyOf = (key: string): string => expectedKeys.get(key)!;

// Turns before the hub carry no id: edits keep their place and the network counts them.
describeChatSite({
  site: claude,
  fixtures: fixtureFiles('claude').filter((f) => f !== HUB),
  composer,
  sendButton,
  appendUserTurn,
  keyOf,
});

// Hub turns carry a turn key, and an edited message gets a new one in place.
describeChatSite({
  site: claude,
  fixtures: [HUB],
  composer,
  sendButton,
  appendUserTurn,
  keyOf,
  editTurn(turn, newKey) {
    const message = turn.querySelector('[data-cds="UserMessage"]')!;
    message.insertAdjacentHTML(
      'beforeend',
      '<div class="edit"><div contenteditable="true" class="ProseMirror"></div><button type="button">Save</button></div>',
    );
    return {
      clickSend: () => message.querySelector<HTMLElement>('.edit button')!.click(),
      finish() {
        message.setAttribute('data-turn-key', newKey);
        message.querySelector('.edit')!.remove();
        expectedKeys.set(newKey, newKey);
      },
    };
  },
});

describe('claude page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());

  it('finds one user turn per message in every era, never an answer', () => {
    const counts = Object.fromEntries(
      fixtureFiles('claude').map((file) => {
        loadFixture('claude', file);
        const keys = new Set(
          Array.from(document.querySelectorAll(USER_TURNS)).map((t) => claude.userTurn.key(t)),
        );
        return [file, keys.size];
      }),
    );
    expect(counts).toEqual({
      [CAPTURE]: 2,
      'nuncaeslupus-2026-07-model.html': 1,
      [HUB]: 1,
    });
  });

  it('keys a hub row by its turn key, from any element of it', () => {
    loadFixture('claude', HUB);
    const inner = document.querySelector('[data-cds="UserMessage"] [data-testid="user-message"]')!;
    inner
      .closest('[data-cds="UserMessage"]')!
      .parentElement!.setAttribute('data-test-render-count', '1');
    const keys = Array.from(document.querySelectorAll(USER_TURNS)).map((t) =>
      claude.userTurn.key(t),
    );
    expect(new Set(keys)).toEqual(new Set(['019edd2f-75f4-7a6d-9e39-f76fa5afb3db']));
  });

  it('takes neither the menus nor the hidden server-rendered fieldset for the send button', () => {
    loadFixture('claude', CAPTURE);
    const send = sendButton();
    const matched = Array.from(document.querySelectorAll(claude.sendButton));
    expect(
      matched.some((b) => b.hasAttribute('aria-haspopup') || b.hasAttribute('data-testid')),
    ).toBe(false);
    expect(matched.every((b) => b.closest('fieldset[inert]') === null)).toBe(true);
    expect(matched).toContain(send);
    expect(document.querySelector(claude.composer)).toBe(
      document.querySelector('[data-testid="chat-input"]'),
    );
  });

  describe('on a new chat', () => {
    beforeEach(() => {
      history.pushState({}, '', '/new');
      document.body.innerHTML = '<div class="flex-1 flex flex-col"></div>';
      composer();
    });

    it('counts the first send once when /new becomes /chat/<uuid>', async () => {
      tracker = track(claude);
      pressEnter(composer());
      document
        .querySelector('.flex-1')!
        .append(
          html(
            '<div data-test-render-count="1"><div><div data-testid="user-message"><p>hi</p></div></div></div>',
          ),
        );
      await settle();
      history.pushState({}, '', '/chat/0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f');
      // React renders the conversation again under its own URL.
      const list = document.querySelector('.flex-1')!;
      list.replaceChildren(list.firstElementChild!.cloneNode(true));
      await settle();
      expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: '/new#0' }]);
    });
  });
});

// --- network -------------------------------------------------------------------------------------

const ORG = '4f6a1c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b';
const CHAT = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
const API = `https://claude.ai/api/organizations/${ORG}/chat_conversations`;

// Bodies shaped as the web client sends them (docs/sites.md#claude: a prompt and an edit POST /completion with
// the prompt; regenerate POSTs /retry_completion with parent_message_uuid only).
const PROMPT = {
  prompt: 'Which planet has the shortest day?',
  parent_message_uuid: '019edd2f-75f4-7a6d-9e39-f76fa5afb3db',
  timezone: 'Europe/Amsterdam',
  locale: 'en-US',
  personalized_styles: [{ type: 'default', key: 'Default', name: 'Normal' }],
  tools: [],
  attachments: [],
  files: [],
  sync_sources: [],
  rendering_mode: 'messages',
};
const EDIT = { ...PROMPT, prompt: 'Which planet has the longest day?' };
const RETRY = {
  parent_message_uuid: '019edd2f-75f4-7a6d-9e39-f76fa5afb3db',
  timezone: 'Europe/Amsterdam',
  locale: 'en-US',
  rendering_mode: 'messages',
};

const request = (url: string, body: unknown, method = 'POST') =>
  sendRequest(url, body, { method, initiator: 'https://claude.ai' });

describe('claude network', () => {
  it('listens to the organization API only', () => {
    expect(sendRequestFilters()).toContain('https://claude.ai/api/organizations/*');
  });

  it.each([
    ['a prompt', PROMPT],
    ['an edited prompt', EDIT],
  ])('counts %s (POST …/completion) as a send', async (_, body) => {
    const [event] = await observe(request(`${API}/${CHAT}/completion`, body));
    expect(event).toMatchObject({ site: 'claude', kind: 'prompt', trigger: 'send', source: 'net' });
  });

  it('counts POST …/retry_completion as a regenerate', async () => {
    const [event] = await observe(request(`${API}/${CHAT}/retry_completion`, RETRY));
    expect(event).toMatchObject({ site: 'claude', trigger: 'regenerate' });
  });

  it.each([
    ['creating a new chat', request(API, { uuid: CHAT, name: '' }), 200],
    ['loading a conversation', request(`${API}/${CHAT}?tree=True`, undefined, 'GET'), 200],
    ['renaming a chat', request(`${API}/${CHAT}/title`, { name: 'x' }), 200],
    ['a refused prompt (429)', request(`${API}/${CHAT}/completion`, PROMPT), 429],
    [
      'a prompt request made by another site',
      { ...request(`${API}/${CHAT}/completion`, PROMPT), initiator: 'https://evil.example' },
      200,
    ],
  ] as const)('counts nothing for %s', async (_, details, status) => {
    expect(await observe(details, status)).toEqual([]);
  });
});
