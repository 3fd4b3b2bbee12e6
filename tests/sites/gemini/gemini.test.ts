// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, markLoaded, pressEnter, settle, track } from '../../unit/helpers/page';
import { gemini } from '../../../src/sites/gemini';
import { sendRequestFilters, type SendRequestDetails } from '../../../src/background/network';
import { observeSend as observe } from '../../unit/helpers/network';

const CAPTURE = 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html';

/** Response ids are 16 hex digits: give every test key one. */
const hexKeys = new Map<string, string>();
const hexOf = (key: string): string => {
  if (!hexKeys.has(key))
    hexKeys.set(key, (0xa000000000000000n + BigInt(hexKeys.size)).toString(16));
  return hexKeys.get(key)!;
};

const composer = (): Element => document.querySelector('rich-textarea .ql-editor')!;

function sendButton(): Element {
  // Typing switches the container from `disabled` to ready.
  document.querySelector('.send-button-container')!.classList.remove('disabled');
  return document.querySelector('button.send-button')!;
}

const userQuery = (text: string) =>
  `<user-query><span class="user-query-container"><user-query-content class="user-query-container"><div class="user-query-container">
    <div class="query-content"><span class="user-query-bubble-with-background"><span class="horizontal-container">
    <div role="heading" aria-level="2" class="query-text gds-body-l" dir="ltr"><p class="query-text-line">${text}</p></div>
    </span></span></div></div></user-query-content></span></user-query>`;

/** Appends an exchange (`.conversation-container#<hex>` with its user-query) at the bottom. */
function appendExchange(id: string | null, text = 'hi'): Element {
  const container = html(
    `<div class="conversation-container message-actions-hover-boundary"${id ? ` id="${id}"` : ''}>${userQuery(text)}<model-response></model-response></div>`,
  );
  const all = document.querySelectorAll('.conversation-container');
  all[all.length - 1]!.after(container);
  return container;
}

describeChatSite({
  site: gemini,
  composer,
  sendButton,
  appendUserTurn: (key) => appendExchange(hexOf(key)),
  keyOf: hexOf,
  editTurn(turn, newKey) {
    // Editing swaps the query for an editor; the edited prompt gets a new response (a new id).
    const query = turn.querySelector('user-query')!;
    query.insertAdjacentHTML(
      'beforeend',
      '<div class="edit-container"><textarea></textarea><button type="button" class="update-button"></button></div>',
    );
    return {
      clickSend: () => query.querySelector<HTMLElement>('.update-button')!.click(),
      finish() {
        turn.id = hexOf(newKey);
        query.querySelector('.edit-container')!.remove();
      },
    };
  },
});

describe('gemini page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());
  beforeEach(() => loadFixture('gemini', CAPTURE));

  it('keys the captured exchanges by their response ids', () => {
    const turns = Array.from(document.querySelectorAll(gemini.userTurn.selector));
    expect(turns.map((t) => gemini.userTurn.key(t))).toEqual([
      '6cc71b18a6f630bb',
      '8ddc76bba1b10837',
    ]);
  });

  it('counts a new exchange once its response id arrives, and not again', async () => {
    tracker = track(gemini);
    pressEnter(composer());
    const pending = appendExchange(null);
    await settle();
    expect(tracker.signals).toEqual([]);
    pending.id = 'b1c2d3e4f5a60718';
    await settle();
    pending.replaceWith(pending.cloneNode(true));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'b1c2d3e4f5a60718' }]);
  });

  it('takes no other kind of id for a response id', () => {
    expect(gemini.userTurn.key(appendExchange('pending-1').querySelector('user-query')!)).toBe(
      null,
    );
  });

  it('finds the Quill editor, not its hidden clipboard, and no send button while answering', () => {
    expect(Array.from(document.querySelectorAll(gemini.composer))).toEqual([composer()]);
    expect(document.querySelector(gemini.sendButton)).toBe(sendButton());
    document.querySelector('.send-button-container')!.classList.add('stop');
    expect(document.querySelector(gemini.sendButton)).toBe(null);
  });

  it.each([
    ['/app', true],
    ['/u/1/app', true],
    ['/gem/coding-partner', true],
    ['/app/6cc71b18a6f630bb', false],
    ['/u/1/app/6cc71b18a6f630bb', false],
    ['/gem/coding-partner/6cc71b18a6f630bb', false],
  ])('takes %s for a new chat: %s', (path, isNew) => {
    expect(gemini.newChatPath!.test(path)).toBe(isNew);
  });

  it('counts the first send of a new chat once when /app becomes /app/<hex>', async () => {
    history.pushState({}, '', '/app');
    document.querySelectorAll('.conversation-container').forEach((c, i) => i > 0 && c.remove());
    const first = document.querySelector('.conversation-container')!;
    tracker = track(gemini);
    pressEnter(composer());
    first.after(html(`<div class="conversation-container">${userQuery('hi')}</div>`));
    first.remove(); // the empty page has no exchange of its own: only the new one stays
    history.pushState({}, '', '/app/c0ffee00c0ffee00');
    document.querySelector('.conversation-container')!.id = 'c0ffee00c0ffee00';
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'c0ffee00c0ffee00' }]);
  });
});

describe('gemini generated images', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());
  beforeEach(() => loadFixture('gemini', CAPTURE));

  /** The generated-image markup of images-NOTES.txt (2026-04-03), `n` images in one answer. */
  const imageAnswer = (n: number) =>
    `<model-response><div class="markdown markdown-main-panel"><div class="attachment-container generated-images">${'<response-element><generated-image><single-image><div class="image-container"><div class="overlay-container"><button class="image-button"><img class="image animate loaded" alt="" src="blob:https://gemini.google.com/x"></button></div></div></single-image></generated-image></response-element>'.repeat(n)}</div></div></model-response>`;

  it('counts each generated image of the new answer once, by response id and index', async () => {
    document
      .querySelector('.conversation-container model-response')!
      .insertAdjacentHTML('beforeend', imageAnswer(1)); // an image in history
    document.querySelectorAll('img').forEach((img) => markLoaded(img));
    tracker = track(gemini);
    pressEnter(composer());
    const exchange = appendExchange('d00dfeedd00dfeed', 'draw two apples');
    await settle();
    exchange.querySelector('model-response')!.outerHTML = imageAnswer(2);
    exchange.querySelectorAll('img').forEach((img) => markLoaded(img));
    await settle();
    exchange
      .querySelector('img')!
      .setAttribute('src', 'https://lh3.googleusercontent.com/gg/x=s1024-rj');
    await settle();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: 'd00dfeedd00dfeed' },
      { kind: 'image', imageKey: 'd00dfeedd00dfeed#0' },
      { kind: 'image', imageKey: 'd00dfeedd00dfeed#1' },
    ]);
  });

  it('never counts an image the user uploaded with the prompt', async () => {
    tracker = track(gemini);
    pressEnter(composer());
    const exchange = appendExchange('0123456789abcdef');
    exchange
      .querySelector('user-query')!
      .insertAdjacentHTML(
        'beforeend',
        '<generated-image><img src="blob:https://gemini.google.com/u"></generated-image>',
      );
    exchange.querySelectorAll('img').forEach((img) => markLoaded(img));
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: '0123456789abcdef' }]);
  });
});

// --- network -------------------------------------------------------------------------------------

const STREAM =
  'https://gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=boq_assistant-bard-web-server_20260224.08_p0&f.sid=-123&hl=ja&_reqid=2440&rt=c';

/** A form body as the web client posts it (docs/sites.md#gemini: form-encoded `f.req` and `at`). */
const form = (prompt: string, ids: [string, string, string]) => ({
  formData: {
    'f.req': [
      JSON.stringify([null, JSON.stringify([[prompt, 0, null, [], null, null, 0], ['ja'], ids])]),
    ],
    at: ['AJvLN6M3x:1790000000000'],
  },
});

function request(
  url: string,
  body: SendRequestDetails['requestBody'],
  method = 'POST',
): SendRequestDetails {
  return {
    requestId: '61',
    url,
    method,
    tabId: 5,
    timeStamp: 1_790_000_000_000,
    initiator: 'https://gemini.google.com',
    requestBody: body,
  };
}

describe('gemini network', () => {
  const newChat = form('Which planet has the shortest day?', ['', '', '']);
  const followUp = form('And the longest?', [
    'c_5f0e1d2c3b4a5968',
    'r_8ddc76bba1b10837',
    'rc_f21b54661153b9b5',
  ]);

  it('listens to the BardChatUi data endpoints, also under a /u/<n>/ account prefix', () => {
    expect(sendRequestFilters()).toEqual(
      expect.arrayContaining([
        'https://gemini.google.com/_/BardChatUi/data/*',
        'https://gemini.google.com/u/*/_/BardChatUi/data/*',
      ]),
    );
  });

  it.each([
    ['a new chat', STREAM, newChat],
    ['a follow-up', STREAM, followUp],
    ['a follow-up of the second account', STREAM.replace('.com/_/', '.com/u/1/_/'), followUp],
  ])('counts StreamGenerate for %s as a send', async (_, url, body) => {
    const [event] = await observe(request(url, body));
    expect(event).toMatchObject({ site: 'gemini', kind: 'prompt', trigger: 'send', source: 'net' });
  });

  it('counts each StreamGenerate request once, under its own id', async () => {
    const first = await observe(request(STREAM, followUp));
    const second = await observe({ ...request(STREAM, followUp), requestId: '62' });
    expect(first[0]!.id).not.toBe(second[0]!.id);
  });

  it.each([
    [
      'a history or settings RPC',
      request('https://gemini.google.com/_/BardChatUi/data/batchexecute?rpcids=hNvQHb&rt=c', {
        formData: { 'f.req': ['[[["hNvQHb","[]",null,"generic"]]]'] },
      }),
      200,
    ],
    ['a refused prompt (429)', request(STREAM, followUp), 429],
    ['a GET', request(STREAM, null, 'GET'), 200],
    [
      'a prompt posted by another site',
      { ...request(STREAM, followUp), initiator: 'https://evil.example' },
      200,
    ],
  ] as const)('counts nothing for %s', async (_, details, status) => {
    expect(await observe(details, status)).toEqual([]);
  });
});
