// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { poe } from '../../../src/sites/poe';
import { type SendRequestDetails } from '../../../src/background/network';
import { observeSend as observe } from '../../unit/helpers/network';

const FIXTURE = 'poe.com-2025-05-model.html';
const HUMAN_ROWS = '[class*="Message_humanRow"]';

function composer(): Element {
  return document.querySelector('textarea[class*="GrowingTextArea_textArea"]')!;
}

function sendButton(): Element {
  // Typing enables the send button, as the site does.
  const button = document.querySelector('button[data-button-send]')!;
  button.removeAttribute('disabled');
  return button;
}

/** A new exchange: one message pair holding the human row (the bot row follows when it answers). */
function appendUserTurn(key: string): Element {
  const pair = html(`<div class="ChatMessagesView_messagePair__j7k8l" data-test-key="${key}">
    <div class="ChatMessage_chatMessage__m9n0p"><div class="ChatMessage_messageRow__q1r2s" data-complete="true">
      <div class="ChatMessage_messageWrapper__t3u4v"><div class="Message_row__w5x6y Message_humanRow__z7a8b">
        <div class="Message_humanMessageBubble__c9d0e"><div class="Markdown_markdownContainer__f1g2h"><p>hi</p></div></div>
      </div></div></div></div></div>`);
  const pairs = document.querySelectorAll('[class*="ChatMessagesView_messagePair"]');
  pairs[pairs.length - 1]!.after(pair);
  return pair;
}

/** The key Poe's adapter gives a turn: the page path and the row's position among human rows. */
function keyOf(key: string): string {
  const rows = Array.from(document.querySelectorAll(HUMAN_ROWS));
  const row = document.querySelector(`[data-test-key="${key}"] ${HUMAN_ROWS}`)!;
  return `${location.pathname}#${rows.indexOf(row)}`;
}

describeChatSite({ site: poe, composer, sendButton, appendUserTurn, keyOf });

describe('poe page', () => {
  it('finds the human rows, not the bot rows', () => {
    loadFixture('poe', FIXTURE);
    const rows = document.querySelectorAll(poe.userTurn.selector);
    expect(rows).toHaveLength(2);
    rows.forEach((row) => expect(row.querySelector('[class*="Message_humanRow"]')).not.toBeNull());
  });

  it('counts the next send after older pairs were mounted above', async () => {
    loadFixture('poe', FIXTURE);
    const tracker = track(poe);
    const first = document.querySelector('[class*="ChatMessagesView_messagePair"]')!;
    first.before(appendUserTurn('older-1'), appendUserTurn('older-2')); // scrolled up: history
    await settle();
    pressEnter(composer());
    appendUserTurn('next');
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: keyOf('next') }]);
  });

  it('counts the first send of a new chat once when the URL moves to /chat/<code>', async () => {
    loadFixture('poe', FIXTURE);
    history.pushState({}, '', '/Assistant');
    const tracker = track(poe);
    pressEnter(composer());
    appendUserTurn('first');
    await settle();
    history.pushState({}, '', '/chat/2x8wq1k3j9z');
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: '/Assistant#2' }]);
  });
});

// Bodies as Poe's web client sends them (SOURCE.txt: public Poe API wrappers 2024–2025).
const HASH = { hash: '5f9c1a8e0b7d4c3f2a1e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a' };
const send = {
  queryName: 'sendMessageMutation',
  variables: {
    chatId: 812345678,
    bot: 'capybara',
    query: 'Which one has the longest wavelength?',
    source: { sourceType: 'chat_input', chatInputMetadata: { useVoiceRecord: false } },
    withChatBreak: false,
    clientNonce: 'kq3Zt8yVb1LmN0pR',
    sdid: '',
    attachments: [],
    existingMessageAttachmentsIds: [],
    messagePointsDisplayPrice: 30,
    shouldFetchChat: false,
  },
  extensions: HASH,
};

function request(body: unknown, overrides: Partial<SendRequestDetails> = {}): SendRequestDetails {
  return {
    requestId: '11',
    url: 'https://poe.com/api/gql_POST',
    method: 'POST',
    tabId: 4,
    timeStamp: 1_790_000_000_000,
    initiator: 'https://poe.com',
    requestBody: { raw: [{ bytes: new TextEncoder().encode(JSON.stringify(body)).buffer }] },
    ...overrides,
  };
}

describe('poe network rule', () => {
  it.each([
    ['sendMessageMutation', send],
    ['a new chat (chatId null)', { ...send, variables: { ...send.variables, chatId: null } }],
    ['SendMessageMutation', { ...send, queryName: 'SendMessageMutation' }],
    [
      'the older chatHelpers_sendMessageMutation_Mutation',
      { ...send, queryName: 'chatHelpers_sendMessageMutation_Mutation' },
    ],
  ])('counts %s as a send without a message key', async (_, body) => {
    const [event] = await observe(request(body));
    expect(event).toMatchObject({ site: 'poe', kind: 'prompt', trigger: 'send', source: 'net' });
    expect(poe.network![0]!.classify({ json: body })).toEqual({ trigger: 'send' });
  });

  it('counts regenerateMessageMutation as a regenerate', async () => {
    const body = {
      queryName: 'regenerateMessageMutation',
      variables: { messageId: 3141592653, messagePointsDisplayPrice: 30 },
      extensions: HASH,
    };
    const [event] = await observe(request(body));
    expect(event?.trigger).toBe('regenerate');
  });

  it.each([
    ['a chat page query', request({ queryName: 'ChatPageQuery', variables: {}, extensions: HASH })],
    ['a subscription', request({ queryName: 'subscriptionsMutation', variables: {} })],
    ['a message deletion', request({ queryName: 'deleteMessageMutation', variables: {} })],
    ['a body without a queryName', request({ variables: send.variables })],
    ['another endpoint', request(send, { url: 'https://poe.com/api/receive_POST' })],
    ['a send made by another site', request(send, { initiator: 'https://evil.example' })],
  ])('ignores %s', async (_, details) => {
    expect(await observe(details)).toEqual([]);
  });
});

describe('poe.com user messages, 2026-08 markup (public clients, M)', () => {
  it('finds the message with the right-side bubble, not the bot’s, and each message once', () => {
    document.body.innerHTML =
      '<div class="ChatMessage_chatMessage__a1"><div class="Message_rightSideMessageBubble__b2">hi</div></div>' +
      '<div class="ChatMessage_chatMessage__a1"><div class="Message_leftSideMessageBubble__c3">Hello</div></div>' +
      '<div class="ChatMessage_messageRow__d4"><div class="ChatMessage_chatMessage__a1">' +
      '<div class="Message_humanMessageBubble__e5 Message_rightSideMessageBubble__b2">older</div></div></div>';
    const found = Array.from(
      document.querySelectorAll(poe.userTurn.selector),
      (t) => t.textContent,
    );
    expect(found).toEqual(['hi', 'older']);
  });
});
