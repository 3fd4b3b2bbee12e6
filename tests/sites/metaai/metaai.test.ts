// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeChatSite, editWithInlineEditor } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { metaai } from '../../../src/sites/metaai';
import { type SendRequestDetails } from '../../../src/background/network';
import { observeSend as observe } from '../../unit/helpers/network';
import { onImagePage } from '../../unit/helpers/image-site';

const FIXTURE = 'www.meta.ai-2026-04-model.html';
const CAPTURE = 'ai-chat-exporter-2026-05-21-meta-chat.html';
/** The conversation of the 2026-05 capture. */
const CONVERSATION = 'd6feeb65-bf42-43f6-a5fa-a4021eb5dbd3';

/**
 * The 2026-04 model's composer (Lexical editor, Send aria-disabled while empty), for the 2026-05
 * capture, whose trimmed panel stops short of the composer.
 */
const COMPOSER =
  '<form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div>' +
  '<div role="button" tabindex="0" aria-label="Send" aria-disabled="true"></div></form>';

function composer(): Element {
  if (!document.querySelector('[data-lexical-editor="true"]'))
    document.body.insertAdjacentHTML('beforeend', COMPOSER);
  return document.querySelector('[data-lexical-editor="true"]')!;
}

function sendButton(): Element {
  // Typing enables Send, as the site does.
  const button = document.querySelector('[data-lexical-editor="true"] ~ [role="button"]')!;
  button.setAttribute('aria-disabled', 'false');
  return button;
}

const userMessage = (key: string): string =>
  `<div role="article" aria-label="Your message" data-test-key="${key}"><div class="user-bubble"><span dir="auto">hi</span></div></div>`;

/** A 2026-05 user item, as the capture has it: `<conversation>_<unique message id>_user`. */
const userItem = (key: string): string =>
  `<div data-message-item="true" data-message-id="${CONVERSATION}_${key}_user" data-test-key="${key}">` +
  '<div data-message-type="user" class="group/user-message"><div>hi</div></div></div>';

const itemEra = () => document.querySelector('[data-message-item]') !== null;

function appendUserTurn(key: string): Element {
  const turn = html(itemEra() ? userItem(key) : userMessage(key));
  const messages = document.querySelectorAll('[data-message-item], [role="article"]');
  messages[messages.length - 1]!.after(turn);
  return turn;
}

/**
 * The key Meta AI's adapter gives a message: 2026-05 its message id without `_user`; the model's
 * articles the page path and their position among all messages.
 */
function keyOf(key: string): string {
  if (itemEra()) return `${CONVERSATION}_${key}`;
  const messages = Array.from(document.querySelectorAll('[role="article"]'));
  return `${location.pathname}#${messages.indexOf(document.querySelector(`[data-test-key="${key}"]`)!)}`;
}

describeChatSite({
  site: metaai,
  fixtures: [FIXTURE],
  composer,
  sendButton,
  appendUserTurn,
  keyOf,
});
// The 2026-05 items carry ids, so an edit (a new message id in place) is a new turn there.
describeChatSite({
  site: metaai,
  fixtures: [CAPTURE],
  composer,
  sendButton,
  appendUserTurn,
  keyOf,
  editTurn: (turn, newKey) =>
    editWithInlineEditor(turn, () =>
      turn.setAttribute('data-message-id', `${CONVERSATION}_${newKey}_user`),
    ),
});

describe('meta.ai page', () => {
  it('keys the 2026-05 user item by its message id and leaves the answer item out', () => {
    loadFixture('metaai', CAPTURE);
    const found = Array.from(document.querySelectorAll(metaai.userTurn.selector));
    expect(found.map((turn) => metaai.userTurn.key(turn))).toEqual([
      `${CONVERSATION}_7463135159531973145`,
    ]);
  });

  it('tells user messages from answers without reading their localized labels', () => {
    loadFixture('metaai', FIXTURE);
    document
      .querySelectorAll('[aria-label]')
      .forEach((el) => el.setAttribute('aria-label', 'ข้อความ'));
    const found = Array.from(document.querySelectorAll(metaai.userTurn.selector));
    expect(found.map((el) => el.querySelector('.user-bubble') !== null)).toEqual([true, true]);
  });

  it('counts one send when the answer mounts with a busy marker and then gets its controls', async () => {
    loadFixture('metaai', FIXTURE);
    const tracker = track(metaai);
    pressEnter(composer());
    appendUserTurn('asked');
    await settle();
    const answer = html(
      '<div role="article" aria-label="Meta AI response"><div aria-busy="true"><p>…</p></div></div>',
    );
    document.querySelector('[data-test-key="asked"]')!.after(answer);
    await settle();
    answer.innerHTML =
      '<p>Red.</p><div role="toolbar"><div role="button" tabindex="0"></div></div>';
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: '/#4' }]);
  });

  it('does not let an answer that mounts bare take the key of the next user message', async () => {
    loadFixture('metaai', FIXTURE);
    const tracker = track(metaai);
    pressEnter(composer());
    appendUserTurn('first');
    await settle();
    const answer = html('<div role="article" aria-label="Meta AI response"><p>Red.</p></div>');
    document.querySelector('[data-test-key="first"]')!.after(answer); // no controls yet
    await settle();
    answer.insertAdjacentHTML('beforeend', '<div role="toolbar"><div role="button"></div></div>');
    await settle();
    pressEnter(composer());
    appendUserTurn('second');
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: keyOf('first') },
      { kind: 'prompt', messageKey: keyOf('second') },
    ]);
  });
});

// Bodies as Meta AI's web client sends them (SOURCE.txt: mir-ashiq/metaai-api 2026-04; form era 2025-26).
const variables = {
  conversationId: '6f2d1c3b-0a9e-4d8c-b7a6-5f4e3d2c1b0a',
  content: 'Which one has the longest wavelength?',
  userMessageId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
  assistantMessageId: '1c2d3e4f-5061-4728-93a4-b5c6d7e8f901',
  userUniqueMessageId: '7361829304857261',
  turnId: '2d3e4f50-6172-4839-a4b5-c6d7e8f90112',
  mode: 'create',
  promptEditType: 'new_message',
  currentBranchPath: '0',
  rewriteOptions: null,
  imagineOperationRequest: null,
  entryPoint: 'KADABRA__CHAT__UNIFIED_INPUT_BAR',
  attachmentsV2: [],
};
const json = (vars: Record<string, unknown>) => ({
  doc_id: '2f707e4a9c1b3d5e7f9a1b3c5d7e9f0a',
  variables: vars,
});

function request(body: unknown, overrides: Partial<SendRequestDetails> = {}): SendRequestDetails {
  return {
    requestId: '21',
    url: 'https://www.meta.ai/api/graphql',
    method: 'POST',
    tabId: 5,
    timeStamp: 1_790_000_000_000,
    initiator: 'https://www.meta.ai',
    requestBody: { raw: [{ bytes: new TextEncoder().encode(JSON.stringify(body)).buffer }] },
    ...overrides,
  };
}

const formRequest = (fields: Record<string, string[]>): SendRequestDetails =>
  request(null, { url: 'https://www.meta.ai/api/graphql/', requestBody: { formData: fields } });

describe('meta.ai network rule', () => {
  it.each([
    ['a new message (2026 JSON)', request(json(variables))],
    ['the first message of a new chat', request(json({ ...variables, isNewConversation: true }))],
    [
      'an image request',
      request(
        json({
          ...variables,
          imagineOperationRequest: {
            operation: 'TEXT_TO_IMAGE',
            textToImageParams: { prompt: 'a fox' },
          },
        }),
      ),
    ],
    [
      'an edit',
      request(json({ ...variables, promptEditType: 'edit_message', currentBranchPath: '1' })),
    ],
    [
      'variables sent as a JSON string',
      request({ doc_id: 'abc', variables: JSON.stringify(variables) }),
    ],
    [
      'the form-encoded useKadabraSendMessageMutation (2025-11..2026-02)',
      formRequest({
        fb_api_req_friendly_name: ['useKadabraSendMessageMutation'],
        variables: [JSON.stringify({ message: { sensitive_string_value: 'hi' } })],
        doc_id: ['7783822248314888'],
      }),
    ],
    [
      'the form-encoded useAbraSendMessageMutation (2024-25)',
      formRequest({ fb_api_req_friendly_name: ['useAbraSendMessageMutation'], doc_id: ['1'] }),
    ],
  ])('counts %s as a send without a message key', async (_, details) => {
    const [event] = await observe(details);
    expect(event).toMatchObject({ site: 'metaai', kind: 'prompt', trigger: 'send', source: 'net' });
  });

  it('never hands the page a message key it cannot show', () => {
    expect(metaai.network![0]!.classify({ json: json(variables) })).toEqual({ trigger: 'send' });
  });

  it('counts a request with rewriteOptions as a regenerate', async () => {
    const body = json({ ...variables, rewriteOptions: { rewriteType: 'REGENERATE' } });
    const [event] = await observe(request(body));
    expect(event?.trigger).toBe('regenerate');
  });

  it.each([
    ['another query (any doc_id)', request(json({ conversationId: 'c', first: 20 }))],
    ['content without a userMessageId', request(json({ content: 'feedback', rating: 1 }))],
    [
      'another form mutation',
      formRequest({ fb_api_req_friendly_name: ['useAbraFeedbackMutation'], variables: ['{}'] }),
    ],
    ['a body without variables', request({ doc_id: 'abc' })],
    ['another endpoint', request(json(variables), { url: 'https://www.meta.ai/api/upload' })],
    [
      'a send made by another site',
      request(json(variables), { initiator: 'https://evil.example' }),
    ],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });
});

// --- generated images ------------------------------------------------------------------------------

describe('metaai generated images (not yet counted)', () => {
  // The 2026-04 answer shape of an image prompt (images-NOTES.txt): four finished images. Meta AI's
  // page no longer fetches it (the send moved to the gateway socket, a public client says its images
  // did too, 2026-06), so its page-world bridge reads no image stream at all.
  const nodes = [0, 1, 2, 3].map((i) => ({ id: `img-${i}`, uri: `https://x.example/${i}.jpg` }));
  const stream = `data: ${JSON.stringify({
    data: {
      xfb_imagine_send_message: {
        messages: {
          edges: [{ node: { id: 'mid.1', content: { imagine_media: { images: { nodes } } } } }],
        },
      },
    },
  })}\n\n`;
  const request = {
    doc_id: '2f707e4a9c1b3d5e7f9a1b3c5d7e9f0a',
    variables: {
      content: 'imagine a lighthouse',
      userMessageId: 'u-1',
      imagineOperationRequest: { operation: 'TEXT_TO_IMAGE' },
    },
  };

  it('an image answer on the old GraphQL stream after a gesture counts no image', async () => {
    const events = await onImagePage(metaai, async (page) => {
      page.gesture();
      await page.fetch({ url: 'https://www.meta.ai/api/graphql', request, response: stream });
    });
    expect(events).toEqual([]);
  });
});
