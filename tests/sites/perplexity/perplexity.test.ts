// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { fixtureFiles, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { perplexity } from '../../../src/sites/perplexity';
import { sendRequestFilters, type SendRequestDetails } from '../../../src/background/network';
import { observeSend as observe } from '../../unit/helpers/network';

const CAPTURE = 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html';
const BUBBLE = 'sho7650-2026-09-user-bubble-model.html';
const DEFUDDLE = 'defuddle-perplexity-conversation-minimal.html';

const composer = (): Element => document.querySelector('#ask-input')!;

function sendButton(): Element {
  // Typing enables the submit button, the last one of the composer's row.
  const submit = document.querySelector('[data-ask-input-container] button[aria-label="Submit"]')!;
  submit.removeAttribute('disabled');
  return submit;
}

/** The query block holding `turn`: its ancestor just below the one shared with the first query. */
function blockOf(turn: Element): Element {
  const first = document.querySelector(perplexity.userTurn.selector)!;
  let block = turn;
  while (block.parentElement && !block.parentElement.contains(first)) block = block.parentElement;
  return block;
}

const expectedKeys = new Map<string, string>();

/** Appends a query block like the page's last one (same era markup) and returns it. */
function appendUserTurn(key: string): Element {
  const turns = document.querySelectorAll(perplexity.userTurn.selector);
  const last = blockOf(turns[turns.length - 1]!);
  const block = last.cloneNode(true) as Element;
  last.after(block);
  // No id on the page: the adapter keys a query by the position it was first seen at.
  expectedKeys.set(key, `${location.pathname}#${turns.length}`);
  return block;
}

// The defuddle fixture is hand-minimised for an extractor: its queries lack the `group/query` heading
// of the real page (tested below), so it is no page of the suite.
describeChatSite({
  site: perplexity,
  fixtures: fixtureFiles('perplexity').filter((f) => f !== DEFUDDLE),
  composer,
  sendButton,
  appendUserTurn,
  keyOf: (key) => expectedKeys.get(key)!,
});

describe('perplexity page', () => {
  let tracker: ReturnType<typeof track> | undefined;
  afterEach(() => tracker?.stop());

  it.each([
    [
      CAPTURE,
      [
        'erplexityのhtml構造をテストするための質問です。「はい」とだけ答えて。',
        '次は「いいえ」だけ答えて',
      ],
    ],
    [BUBBLE, ['Which planet has the shortest day?', 'And the longest?']],
  ])('finds the queries of %s and none of the answers', (file, queries) => {
    loadFixture('perplexity', file);
    const turns = Array.from(document.querySelectorAll(perplexity.userTurn.selector));
    expect(turns.map((t) => t.textContent!.trim())).toEqual(queries);
    expect(new Set(turns.map((t) => perplexity.userTurn.key(t))).size).toBe(2);
  });

  it('does not take other selectable text (the defuddle decoy sidebar) for a query', () => {
    loadFixture('perplexity', DEFUDDLE);
    expect(document.querySelectorAll(perplexity.userTurn.selector)).toHaveLength(0);
  });

  it.each([CAPTURE, BUBBLE])('takes only the submit button of %s for a send button', (file) => {
    loadFixture('perplexity', file);
    expect(Array.from(document.querySelectorAll(perplexity.sendButton))).toEqual([
      document.querySelector('button[aria-label="Submit"]'),
    ]);
  });

  it('counts the first query of a new thread once when / becomes /search/<slug>', async () => {
    history.pushState({}, '', '/');
    loadFixture('perplexity', BUBBLE);
    const blocks = Array.from(document.querySelectorAll('.pb-lg'));
    const template = blocks[0]!.cloneNode(true);
    blocks.forEach((b) => b.remove());
    tracker = track(perplexity);
    pressEnter(composer());
    document.querySelector('main > .flex')!.append(template);
    await settle();
    history.pushState({}, '', '/search/which-planet-has-the-shortest-5f0e1d2cQ');
    const again = template.cloneNode(true);
    (template as Element).replaceWith(again); // rendered again under the thread's URL
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: '/#0' }]);
  });

  it('counts nothing on the page for /search/new?q= (no intent): the network counts it', async () => {
    history.pushState({}, '', '/search/new?q=shortest%20day');
    loadFixture('perplexity', BUBBLE);
    const blocks = Array.from(document.querySelectorAll('.pb-lg'));
    const template = blocks[0]!.cloneNode(true);
    blocks.forEach((b) => b.remove());
    tracker = track(perplexity);
    document.querySelector('main > .flex')!.append(template);
    await settle();
    expect(tracker.signals).toEqual([]);
  });
});

// --- network -------------------------------------------------------------------------------------

const ASK = 'https://www.perplexity.ai/rest/sse/perplexity_ask';

// Bodies shaped as the web client posts them (public clients, e.g. gpt4free Perplexity.py 2026-08).
const params = (extra: Record<string, unknown>) => ({
  params: {
    attachments: [],
    language: 'en-US',
    timezone: 'Europe/Amsterdam',
    search_focus: 'internet',
    sources: ['web'],
    frontend_uuid: '5f0e1d2c-3b4a-4968-8776-655443322110',
    mode: 'concise',
    model_preference: 'turbo',
    is_incognito: false,
    use_schematized_api: true,
    send_back_text_in_streaming_api: false,
    supported_block_use_cases: ['answer_modes', 'media_items'],
    version: '2.18',
    ...extra,
  },
});
const FIRST = {
  ...params({ query_source: 'home', is_related_query: false }),
  query_str: 'Shortest day?',
};
const FOLLOW_UP = {
  ...params({
    query_source: 'followup',
    is_related_query: false,
    last_backend_uuid: '7c6b5a49-3827-4165-9453-627180918273',
    read_write_token: 'token',
  }),
  query_str: 'And the longest?',
};
const REWRITE = {
  ...params({ query_source: 'retry', last_backend_uuid: '7c6b5a49-3827-4165-9453-627180918273' }),
  query_str: 'And the longest?',
};

function request(url: string, body: unknown, method = 'POST'): SendRequestDetails {
  return {
    requestId: '71',
    url,
    method,
    tabId: 6,
    timeStamp: 1_790_000_000_000,
    initiator: 'https://www.perplexity.ai',
    requestBody:
      body === undefined
        ? null
        : { raw: [{ bytes: new TextEncoder().encode(JSON.stringify(body)).buffer }] },
  };
}

describe('perplexity network', () => {
  it('listens to the SSE endpoints only', () => {
    expect(sendRequestFilters()).toContain('https://www.perplexity.ai/rest/sse/*');
  });

  // No field documented in SOURCE.txt (docs/sites.md#perplexity) tells a rewrite from a query: both are sends.
  it.each([
    ['the first query (also from /search/new?q=)', FIRST],
    ['a follow-up', FOLLOW_UP],
    ['a rewrite', REWRITE],
  ])('counts %s as a send', async (_, body) => {
    const [event] = await observe(request(ASK, body));
    expect(event).toMatchObject({
      site: 'perplexity',
      kind: 'prompt',
      trigger: 'send',
      source: 'net',
    });
  });

  it.each([
    ['settings', request('https://www.perplexity.ai/rest/user/settings', { a: 1 }), 200],
    ['another SSE stream', request('https://www.perplexity.ai/rest/sse/other', FIRST), 200],
    ['a GET of a thread', request(ASK, undefined, 'GET'), 200],
    ['a refused query (429)', request(ASK, FOLLOW_UP), 429],
    [
      'a query posted by another site',
      { ...request(ASK, FIRST), initiator: 'https://evil.example' },
      200,
    ],
  ] as const)('counts nothing for %s', async (_, details, status) => {
    expect(await observe(details, status)).toEqual([]);
  });
});
