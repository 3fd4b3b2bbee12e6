// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeChatSite } from '../../unit/helpers/chat-site-suite';
import { DEFAULT_TIMING, startTracker } from '../../../src/detect/tracker';
import { chatgpt } from '../../../src/sites/chatgpt';
import {
  fixtureFiles,
  html,
  loadFixture,
  markLoaded,
  pressEnter,
  settle,
  track,
} from '../../unit/helpers/page';

const COMPOSER = `<form data-type="unified-composer"><div id="prompt-textarea" class="ProseMirror" contenteditable="true"></div>
  <button id="composer-submit-button" data-testid="send-button" type="button">send</button></form>`;

/** Appends a user turn the way the page's own layout era does, and returns it. */
function appendUserTurn(id: string): Element {
  const era2026 = document.querySelector('[data-turn-key]');
  const turn = era2026
    ? html(
        `<div data-turn-key="${id}"><div data-chatgpt-search-message-ids="${id}"><div data-user-message-bubble="true"><div class="whitespace-pre-wrap">hi</div></div></div></div>`,
      )
    : html(
        `<article data-turn="user" data-testid="conversation-turn-99"><div data-message-author-role="user" data-message-id="${id}"><div class="whitespace-pre-wrap">hi</div></div></article>`,
      );
  const last = document.querySelectorAll('[data-turn-key], article, section[data-turn]');
  const anchor = last[last.length - 1];
  if (anchor) anchor.after(turn);
  else document.body.prepend(turn);
  return turn;
}

function composer(): Element {
  if (!document.querySelector('#prompt-textarea'))
    document.body.insertAdjacentHTML('beforeend', COMPOSER);
  return document.querySelector('#prompt-textarea')!;
}

const pageFixtures = fixtureFiles('chatgpt').filter((f) => !f.includes('imagegen-turn'));

function sendButton(): Element {
  // Typing turns the idle "Start Voice" button into the send button, as the site does.
  composer();
  const idle = document.querySelector('button[aria-label="Start Voice"]');
  idle?.replaceWith(
    html('<button id="composer-submit-button" data-testid="send-button" type="button"></button>'),
  );
  return document.querySelector('[data-testid="send-button"]')!;
}

describeChatSite({
  site: chatgpt,
  fixtures: pageFixtures,
  composer,
  sendButton,
  appendUserTurn,
  editTurn(turn, newKey) {
    const keyed = turn.matches('[data-turn-key]') ? turn : turn.querySelector('[data-message-id]')!;
    keyed.insertAdjacentHTML(
      'beforeend',
      '<textarea></textarea><button type="button">Send</button>',
    );
    return {
      clickSend: () => keyed.querySelector('button')!.click(),
      finish() {
        keyed.setAttribute(
          keyed.hasAttribute('data-turn-key') ? 'data-turn-key' : 'data-message-id',
          newKey,
        );
        keyed.querySelector('textarea')!.remove();
      },
    };
  },
});

let tracker: ReturnType<typeof track>;
afterEach(() => tracker?.stop());

describe.each(pageFixtures)('chatgpt specifics on %s', (file) => {
  beforeEach(() => {
    loadFixture('chatgpt', file);
    composer();
  });

  it('counts two sends made faster than the page is scanned', async () => {
    const signals: unknown[] = [];
    const stop = startTracker(chatgpt, document, (s) => signals.push(s), {
      ...DEFAULT_TIMING,
      trustedEventsOnly: false,
      scanThrottleMs: 10_000,
    });
    pressEnter(composer());
    appendUserTurn('quick-1');
    await settle();
    pressEnter(composer());
    appendUserTurn('quick-2');
    pressEnter(composer()); // settles quick-2 before its own baseline
    stop();
    expect(signals).toEqual([
      { kind: 'prompt', messageKey: 'quick-1' },
      { kind: 'prompt', messageKey: 'quick-2' },
    ]);
  });

  it('counts one turn per intent: a refused send counts nothing', async () => {
    tracker = track(chatgpt);
    pressEnter(composer()); // the site refuses this one: no turn appears
    await settle();
    expect(tracker.signals).toEqual([]);
  });

  it('does not let a pending intent adopt the turns of another conversation', async () => {
    history.pushState({}, '', '/c/conversation-a');
    tracker = track(chatgpt);
    pressEnter(composer()); // refused: nothing appears
    await settle();
    history.pushState({}, '', '/c/conversation-b');
    appendUserTurn('last-turn-of-b');
    await settle();
    expect(tracker.signals).toEqual([]);
  });

  it('counts the first send of a new chat once when the URL becomes /c/<id>', async () => {
    history.pushState({}, '', '/');
    tracker = track(chatgpt);
    pressEnter(composer());
    history.pushState({}, '', '/c/new-conversation');
    appendUserTurn('first-message');
    await settle();
    history.pushState({}, '', '/c/new-conversation?x=1');
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'first-message' }]);
  });
});

describe('chatgpt generated images', () => {
  beforeEach(() => {
    loadFixture('chatgpt', 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html');
  });

  it('counts the 2026-09-22 image with three <img> once, after it loads', async () => {
    tracker = track(chatgpt);
    pressEnter(composer());
    appendUserTurn('draw-an-apple');
    await settle();
    loadFixture('chatgpt', 'sho7650-2026-09-22-imagegen-turn-model.html'); // replaces the page…
    document.body.prepend(
      html(
        `<article data-turn="user"><div data-message-author-role="user" data-message-id="draw-an-apple"></div></article>`,
      ),
    );
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'draw-an-apple' }]); // not loaded yet
    document.querySelectorAll('img').forEach((img) => markLoaded(img as HTMLImageElement));
    document.querySelector('img')!.dispatchEvent(new Event('load'));
    await settle();
    expect(tracker.signals.filter((s) => s.kind === 'image')).toEqual([
      { kind: 'image', imageKey: 'image-f5bf8dc7-0591-45fa-a3de-9a4e13104fcf' },
    ]);
  });

  it('counts the 2026-09-26 gallery image of a new turn and not the history image', async () => {
    loadFixture('chatgpt', 'sho7650-2026-09-model.html');
    document.querySelectorAll('img').forEach((img) => markLoaded(img as HTMLImageElement));
    tracker = track(chatgpt);
    pressEnter(composer());
    const turn = appendUserTurn('33333333-3333-4333-8333-333333333333');
    turn.insertAdjacentHTML(
      'beforeend',
      `<div data-chatgpt-search-message-ids="cccc cccc"><div data-testid="generated-image-gallery">
        <button data-testid="generated-image-preview"><img alt="" src="blob:https://chatgpt.com/x"></button></div></div>`,
    );
    markLoaded(turn.querySelector('img')!);
    await settle();
    expect(tracker.signals).toEqual([
      { kind: 'prompt', messageKey: '33333333-3333-4333-8333-333333333333' },
      { kind: 'image', imageKey: 'cccc#0' },
    ]);
  });

  it('never counts small images, user uploads or images of an old turn', async () => {
    tracker = track(chatgpt);
    pressEnter(composer());
    const turn = appendUserTurn('with-upload');
    turn
      .querySelector('[data-message-id]')!
      .insertAdjacentHTML('beforeend', '<div id="image-upload"><img src="u.png"></div>');
    turn.insertAdjacentHTML(
      'afterend',
      '<section data-turn="assistant"><div id="image-spinner"><img src="s.png"></div></section>',
    );
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<section data-turn="assistant"><div id="image-old"><img src="o.png"></div></section>',
    );
    document.querySelectorAll('img').forEach((img) => markLoaded(img as HTMLImageElement));
    markLoaded(document.querySelector('#image-spinner img')!, 32, 32);
    await settle();
    expect(tracker.signals).toEqual([{ kind: 'prompt', messageKey: 'with-upload' }]);
  });
});
