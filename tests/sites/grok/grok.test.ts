// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChatSite, editWithInlineEditor } from '../../unit/helpers/chat-site-suite';
import { html } from '../../unit/helpers/page';
import { grok } from '../../../src/sites/grok';
import { observeSend as observe, sendRequest } from '../../unit/helpers/network';
import { distinctImages, onImagePage, readJobs } from '../../unit/helpers/image-site';

const COMPOSER = `<form class="w-full"><div class="query-bar relative">
  <div class="tiptap ProseMirror" contenteditable="true" translate="no"><p><br></p></div>
  <button type="submit" aria-label="Submit" disabled><svg></svg></button></div></form>`;

function composer(): Element {
  if (!document.querySelector('.query-bar .ProseMirror'))
    document.body.insertAdjacentHTML('beforeend', COMPOSER);
  return document.querySelector('.query-bar .ProseMirror')!;
}

function sendButton(): Element {
  // Typing enables the submit button, as the site does.
  composer();
  const button = document.querySelector('.query-bar button[type="submit"]')!;
  button.removeAttribute('disabled');
  return button;
}

/** Appends a user row after the last message row, in the fixture's markup. */
function appendUserTurn(id: string): Element {
  const turn = html(
    `<div id="response-${id}" class="relative group flex flex-col justify-center w-full max-w-3xl items-end">
      <div class="message-bubble relative rounded-3xl"><div class="relative response-content-markdown markdown"><p dir="auto" class="break-words">hi</p></div></div>
      <div class="action-buttons flex"><button type="button" aria-label="Edit"><svg></svg></button></div></div>`,
  );
  const rows = document.querySelectorAll('div[id^="response-"]');
  rows[rows.length - 1]!.after(turn);
  return turn;
}

describeChatSite({
  site: grok,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    // Editing swaps the bubble for an editor; sending it makes a new branch with its own response id.
    return editWithInlineEditor(turn, () => {
      turn.id = `response-${newKey}`;
    });
  },
});

describe('grok adapter', () => {
  it('keys user rows by the response id and ignores Grok rows', () => {
    document.body.innerHTML = `<div id="response-u1" class="items-end"></div><div id="response-a1" class="items-start"></div>`;
    const turns = Array.from(document.querySelectorAll(grok.userTurn.selector));
    expect(turns.map((t) => grok.userTurn.key(t))).toEqual(['u1']);
  });
});

// Bodies as Grok's web client sends them (SOURCE.txt: gpt4free Grok.py 2026-08 and public payload copies).
const followUp = {
  message: 'Which one has the longest wavelength?',
  parentResponseId: '3b0e2d7c-6a41-4f1e-9c2b-7d8e9f0a1b02',
  modelName: 'grok-4',
  disableSearch: false,
  enableImageGeneration: true,
  imageAttachments: [],
  returnImageBytes: false,
  fileAttachments: [],
  enableImageStreaming: true,
  imageGenerationCount: 2,
  forceConcise: false,
  toolOverrides: {},
  sendFinalMetadata: true,
  isReasoning: false,
  isRegenRequest: false,
};

const CONVERSATION =
  'https://grok.com/rest/app-chat/conversations/6b1f7c0a-1111-4222-8333-444455556666';

const request = (url: string, body: unknown, method = 'POST') =>
  sendRequest(url, body, { method, initiator: 'https://grok.com' });

describe('grok network rule', () => {
  it.each([
    [
      'the first prompt of a new chat',
      'https://grok.com/rest/app-chat/conversations/new',
      { ...followUp, parentResponseId: undefined, temporary: false },
    ],
    ['a follow-up', `${CONVERSATION}/responses`, followUp],
    [
      'an edit (a new message on an earlier reply)',
      `${CONVERSATION}/responses`,
      { ...followUp, message: 'Which one is the shortest?', parentResponseId: 'earlier-reply' },
    ],
  ])('counts %s as a send without a message key', async (_, url, body) => {
    const [event] = await observe(request(url, body));
    expect(event).toMatchObject({ site: 'grok', kind: 'prompt', trigger: 'send', source: 'net' });
    expect(grok.network![0]!.classify({ json: body })).toEqual({ trigger: 'send' });
  });

  it('counts isRegenRequest:true as a regenerate', async () => {
    const body = { ...followUp, message: '', isRegenRequest: true };
    const [event] = await observe(request(`${CONVERSATION}/responses`, body));
    expect(event?.trigger).toBe('regenerate');
  });

  it.each([
    ['a GET of a conversation', request(`${CONVERSATION}/responses`, followUp, 'GET')],
    ['another endpoint', request(`${CONVERSATION}/share`, followUp)],
    ['a body without a message', request(`${CONVERSATION}/responses`, { title: 'x' })],
    [
      'a send from another site',
      { ...request(`${CONVERSATION}/responses`, followUp), initiator: 'https://x.com' },
    ],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });
});

// --- generated images ------------------------------------------------------------------------------

describe('grok generated images', () => {
  const NEW = 'https://grok.com/rest/app-chat/conversations/new';
  const FOLLOW_UP =
    'https://grok.com/rest/app-chat/conversations/6b1f7c0a-1111-4222-8333-444455556666/responses';
  const STREAM = readFileSync(join(__dirname, 'answer-stream-images-model.ndjson'), 'utf8');
  const ANSWER = '0b8e2f4c-aaaa-4bbb-8ccc-000000000002';
  const prompt = { message: 'draw two foxes', imageGenerationCount: 2, isRegenRequest: false };
  const final = (urls: string[]) =>
    JSON.stringify({
      result: {
        response: { modelResponse: { responseId: 'r-1', message: '', generatedImageUrls: urls } },
      },
    });

  it('an image answer makes the images its final line lists (previews are the same images)', () => {
    expect(readJobs(grok, NEW, prompt, STREAM)).toEqual([{ jobKey: ANSWER, images: 2 }]);
    expect(
      readJobs(grok, FOLLOW_UP, { ...prompt, message: '', isRegenRequest: true }, STREAM),
    ).toEqual([{ jobKey: ANSWER, images: 2 }]);
  });

  it('moderation, a text answer, a cut-off stream and a duplicated url make no extra image', () => {
    expect(readJobs(grok, NEW, prompt, final([]))).toEqual([]);
    expect(readJobs(grok, NEW, prompt, final(['a', 'a']))).toEqual([{ jobKey: 'r-1', images: 1 }]);
    const cut = STREAM.split('\n')
      .filter((line) => !line.includes('modelResponse'))
      .join('\n');
    expect(readJobs(grok, NEW, prompt, cut)).toEqual([]);
  });

  it('a request that is not a send (loading old responses) counts no image', () => {
    expect(readJobs(grok, FOLLOW_UP, {}, STREAM)).toEqual([]);
    expect(
      readJobs(grok, 'https://grok.com/rest/app-chat/conversations', prompt, STREAM),
    ).toBeNull();
    expect(readJobs(grok, FOLLOW_UP, prompt, STREAM, 'GET')).toBeNull();
  });

  it('on the page: a send after a gesture +2 images; the same answer again, a refusal, no gesture: 0', async () => {
    const events = await onImagePage(grok, async (page) => {
      await page.fetch({ url: NEW, request: prompt, response: STREAM }); // no gesture
      page.gesture();
      await page.fetch({ url: NEW, request: prompt, response: STREAM });
      page.gesture();
      await page.fetch({ url: FOLLOW_UP, request: prompt, response: STREAM });
      page.gesture();
      await page.fetch({ url: FOLLOW_UP, request: prompt, response: STREAM, status: 429 });
    });
    expect(events.every((e) => e.kind === 'image' && e.source === 'net')).toBe(true);
    expect(distinctImages(events)).toBe(2);
  });

  it('an uploaded image with the prompt is no generated image', async () => {
    const events = await onImagePage(grok, async (page) => {
      page.gesture();
      await page.fetch({
        url: NEW,
        request: { ...prompt, imageAttachments: ['file-1'] },
        response: final([]),
      });
    });
    expect(events).toEqual([]);
  });
});

describe('grok.com user messages, 2026-08 markup (one client, M)', () => {
  it('finds a user message by its test id and keys it by its response row, else not at all', () => {
    document.body.innerHTML =
      '<div id="response-5b1c" class="items-end"><div data-testid="user-message">hi</div></div>' +
      '<div id="response-5b1d" class="items-start"><div data-testid="assistant-message">Hello</div></div>' +
      '<div><div data-testid="user-message">no row</div></div>';
    const keys = Array.from(document.querySelectorAll(grok.userTurn.selector), (turn) =>
      grok.userTurn.key(turn),
    );
    expect(keys).toEqual(['5b1c', '5b1c', null]);
  });
});
