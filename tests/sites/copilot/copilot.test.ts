// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChatSite, editWithInlineEditor } from '../../unit/helpers/chat-site-suite';
import { html, loadFixture, pressEnter, settle, track } from '../../unit/helpers/page';
import { bridgeRules, copilot } from '../../../src/sites/copilot';
import type { ReportedEvent } from '../../../src/domain/usage-event';
import { distinctImages, onSocketPage } from '../../unit/helpers/image-site';

const COMPOSER = `<form><textarea id="userInput" data-testid="composer-input" rows="1"></textarea></form>`;

function composer(): Element {
  if (!document.querySelector('#userInput'))
    document.body.insertAdjacentHTML('beforeend', COMPOSER);
  return document.querySelector('#userInput')!;
}

function sendButton(): Element {
  // The submit button exists only while the composer holds text.
  const box = composer();
  if (!document.querySelector('[data-testid="submit-button"]'))
    box.insertAdjacentHTML(
      'afterend',
      '<button type="button" data-testid="submit-button" aria-label="Submit message"></button>',
    );
  return document.querySelector('[data-testid="submit-button"]')!;
}

/** A user turn as the 2026-01 capture shows it: the article with the id, the content block inside. */
function userTurnMarkup(id: string): string {
  return `<div class="space-y-1" id="${id}-user-message" aria-labelledby="${id}-user-message" tabindex="0" role="article">
    <div class="relative space-y-3"><h2 class="sr-only" data-copy="false">You said</h2>
    <div class="flex w-full flex-col items-end" data-content="user-message"><div class="whitespace-pre-wrap">hi</div></div></div></div>`;
}

function appendUserTurn(id: string): Element {
  const turn = html(userTurnMarkup(id));
  const messages = document.querySelectorAll('[role="article"]');
  messages[messages.length - 1]!.after(turn);
  return turn;
}

describeChatSite({
  site: copilot,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    return editWithInlineEditor(turn, () => {
      turn.id = `${newKey}-user-message`;
    });
  },
});

describe('copilot page', () => {
  it('gives the article and its inner content block one key, and answers none', () => {
    loadFixture('copilot', 'copilot.microsoft.com-2026-01.html');
    const keys = Array.from(document.querySelectorAll(copilot.userTurn.selector)).map((t) =>
      copilot.userTurn.key(t),
    );
    expect(keys).toEqual([
      'A9AQcaemEJqFbKsZYUASu',
      'A9AQcaemEJqFbKsZYUASu',
      'MUNNtoJScBXGjVfCT2ChN',
      'MUNNtoJScBXGjVfCT2ChN',
    ]);
  });

  it('keys a later layout with a .group/user-message wrapper by the id inside it', () => {
    document.body.innerHTML = `<div class="group/user-message">${userTurnMarkup('wrapped')}</div>`;
    const turns = Array.from(document.querySelectorAll(copilot.userTurn.selector));
    expect(turns).toHaveLength(3);
    expect(new Set(turns.map((t) => copilot.userTurn.key(t)))).toEqual(new Set(['wrapped']));
  });

  it('does not count a turn without the id (the socket confirms such sends)', async () => {
    loadFixture('copilot', 'copilot.microsoft.com-2026-01.html');
    const tracker = track(copilot);
    pressEnter(composer());
    document
      .querySelector('[data-testid="highlighted-chats"]')!
      .insertAdjacentHTML('beforeend', '<div data-content="user-message"><div>hi</div></div>');
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([]);
  });

  it('counts a send once when the previous exchange is re-parented out of the highlighted block', async () => {
    loadFixture('copilot', 'copilot.microsoft.com-2026-01.html');
    const tracker = track(copilot);
    pressEnter(composer());
    const history = document.querySelector('[data-content="conversation"] > div')!;
    const highlighted = document.querySelector('[data-testid="highlighted-chats"] .pb-6')!;
    history.append(...Array.from(highlighted.children)); // the old exchange moves up…
    highlighted.insertAdjacentHTML('beforeend', userTurnMarkup('fresh')); // …the new one takes its place
    await settle();
    tracker.stop();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'fresh' }]);
  });
});

describe('copilot socket rule', () => {
  const rule = bridgeRules.socket![0]!;

  it.each([
    'wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=2b7f0c1e-1111-4222-8333-444455556666',
    'wss://copilot.microsoft.com/c/api/chat?api-version=2',
    'wss://copilot.microsoft.com/c/api/eval/chat?api-version=2',
  ])('watches %s', (url) => {
    expect(rule.url.test(url)).toBe(true);
  });

  it.each([
    'wss://copilot.microsoft.com/c/api/chatty',
    'wss://evil.example/c/api/chat?api-version=2',
    'wss://copilot.microsoft.com.evil.example/c/api/chat',
  ])('ignores the socket %s', (url) => {
    expect(rule.url.test(url)).toBe(false);
  });

  it('labels a send by its frame mode: Think Deeper is reasoning, Quick standard, Smart unknown (gpt4free Copilot.py, 2026-08-09)', () => {
    const frame = (mode: unknown) => ({ event: 'send', conversationId: 'c', content: [], mode });
    expect(rule.classify(frame('reasoning'))).toEqual({ trigger: 'send', mode: 'reasoning' });
    expect(rule.classify(frame('chat'))).toEqual({ trigger: 'send', mode: 'standard' });
    expect(rule.classify(frame('research'))).toEqual({ trigger: 'send', mode: 'deep-research' });
    expect(rule.classify(frame('smart'))).toEqual({ trigger: 'send' });
    expect(rule.classify(frame('a prompt in disguise'))).toEqual({ trigger: 'send' });
  });

  it('counts a send frame (text, with an image, any mode) as a send without a message key', () => {
    expect(
      rule.classify({
        event: 'send',
        conversationId: 'H9b72gf9njaycWArRm1ts',
        content: [{ type: 'text', text: 'Why is the sky blue?' }],
        mode: 'chat',
      }),
    ).toEqual({ trigger: 'send', mode: 'standard' });
    expect(
      rule.classify({
        event: 'send',
        conversationId: 'H9b72gf9njaycWArRm1ts',
        content: [
          { type: 'image', url: 'https://copilot.microsoft.com/c/api/attachments/abc' },
          { type: 'text', text: 'What is this?' },
        ],
        mode: 'smart',
      }),
    ).toEqual({ trigger: 'send' });
  });

  it('counts a regenerate frame (unverified event name) as a regenerate', () => {
    expect(rule.classify({ event: 'regenerate', conversationId: 'c', messageId: 'm' })).toEqual({
      trigger: 'regenerate',
    });
  });

  it.each([
    [{ event: 'setOptions', supportedFeatures: ['image-gen'] }],
    [{ event: 'ping' }],
    [{ event: 'reportLocalConsents', grants: [] }],
    [{ event: 'appendText', messageId: 'm', text: 'x' }],
    [null],
    ['send'],
    [{ content: [{ type: 'text', text: 'no event' }] }],
  ])('ignores %j', (frame) => {
    expect(rule.classify(frame)).toBeNull();
  });
});

// --- generated images ------------------------------------------------------------------------------

describe('copilot generated images', () => {
  const CHAT = 'wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=s-1';
  const FRAMES = JSON.parse(
    readFileSync(join(__dirname, 'chat-socket-image-frames-model.json'), 'utf8'),
  ) as Record<string, unknown>[];
  const send = (text: string, extra: object[] = []) =>
    JSON.stringify({
      event: 'send',
      conversationId: 'H9b72gf9njaycWArRm1ts',
      content: [...extra, { type: 'text', text }],
      mode: 'chat',
    });
  const images = (events: ReportedEvent[]) => events.filter((e) => e.kind === 'image');
  const prompts = (events: ReportedEvent[]) => events.filter((e) => e.kind === 'prompt');

  it('a send whose answer draws an image: +1 prompt, +1 image (previews and replays are the same image)', async () => {
    const events = await onSocketPage(copilot, async (page) => {
      const socket = page.open(CHAT);
      socket.receive({ event: 'connected' });
      page.gesture();
      socket.send(send('draw a fox'));
      FRAMES.forEach((frame) => socket.receive(frame));
      FRAMES.forEach((frame) => socket.receive(frame)); // replayed after the answer ended
    });
    expect(prompts(events)).toHaveLength(1);
    expect(images(events)).toHaveLength(1);
    expect(images(events)[0]).toMatchObject({ site: 'copilot', trigger: 'image', source: 'net' });
  });

  it('two images of one answer count two, keyed by message and part', async () => {
    const second = FRAMES.map((frame) =>
      frame.event === 'imageGenerated' ? { ...frame, partId: '2', url: 'https://x/2.png' } : frame,
    ).filter((frame) => frame.event === 'imageGenerated');
    const events = await onSocketPage(copilot, async (page) => {
      const socket = page.open(CHAT);
      page.gesture();
      socket.send(send('draw two foxes'));
      FRAMES.forEach((frame) => frame.event === 'done' || socket.receive(frame));
      second.forEach((frame) => socket.receive(frame));
      socket.receive({ event: 'done', messageId: 'Qm7cLk2vX9aB3dE5fG1hJ' });
    });
    expect(distinctImages(events)).toBe(2);
  });

  it('frames of an old answer before any send, a failed image and a send without a gesture: 0 images', async () => {
    const events = await onSocketPage(copilot, async (page) => {
      const socket = page.open(CHAT);
      FRAMES.forEach((frame) => socket.receive(frame)); // no send: not this page's answer
      socket.send(send('draw a fox')); // no gesture
      FRAMES.forEach((frame) => socket.receive(frame));
      await settle(30); // the bridge's messages arrive before the next gesture
      page.gesture();
      socket.send(send('draw a forbidden fox'));
      socket.receive({ event: 'generatingImage', messageId: 'm2', partId: '1', id: '20' });
      socket.receive({ event: 'imageGenerationFailed', messageId: 'm2', partId: '1', id: '21' });
      socket.receive({ event: 'imageGenerated', messageId: 'm2', partId: '1', url: '', id: '22' });
      socket.receive({ event: 'done', messageId: 'm2', id: '23' });
    });
    expect(images(events)).toEqual([]);
    expect(prompts(events)).toHaveLength(1);
  });

  it('an image the user uploads with the prompt is no generated image', async () => {
    const events = await onSocketPage(copilot, async (page) => {
      const socket = page.open(CHAT);
      page.gesture();
      socket.send(send('what is this?', [{ type: 'image', url: 'https://x/upload.png' }]));
      socket.receive({ event: 'appendText', messageId: 'm3', partId: '0', text: 'A fox.' });
      socket.receive({ event: 'done', messageId: 'm3' });
    });
    expect(images(events)).toEqual([]);
  });

  it('an answer the socket closes on counts what finished before', async () => {
    const events = await onSocketPage(copilot, async (page) => {
      const socket = page.open(CHAT);
      page.gesture();
      socket.send(send('draw a fox'));
      FRAMES.slice(0, 7).forEach((frame) => socket.receive(frame));
      socket.dispatchEvent(new Event('close'));
    });
    expect(images(events)).toHaveLength(1);
  });
});
