// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchAnswerLabels } from '../../../src/detect/answer-labels';
import { runOnPage, type PagePorts } from '../../../src/detect/run-page';
import { DEFAULT_TIMING } from '../../../src/detect/tracker';
import type { ReportedEvent } from '../../../src/domain/usage-event';
import { chatgpt } from '../../../src/sites/chatgpt';
import { html, pressEnter, settle } from '../helpers/page';

// ChatGPT's turns as the live capture of 2026-02-27 shows them (adamlporter/obsidian-AI-exporter,
// test/fixtures/html/chatgpt, trimmed copy in tests/sites/chatgpt): the answer names its model in
// `data-message-model-slug`; the stop button (`data-testid="stop-button"`) shows while it is written.
const userTurn = (id: string) =>
  `<article data-turn="user"><div data-message-author-role="user" data-message-id="${id}"><p>hi</p></div></article>`;
const answer = (id: string, slug: string) =>
  `<article data-turn="assistant"><div data-message-author-role="assistant" data-message-id="a-${id}" data-message-model-slug="${slug}"><p>Answer.</p></div></article>`;

let delivered: ReportedEvent[];
let stop: () => void;
const main = () => document.querySelector('main')!;
const stopButton = () => html('<button data-testid="stop-button">Stop</button>');

beforeEach(() => {
  // History: an answer that is already there must never be read.
  document.body.innerHTML = `<main>${userTurn('old')}${answer('old', 'gpt-5-2-thinking')}<div id="prompt-textarea" contenteditable="true"></div></main>`;
  delivered = [];
  const ports: PagePorts = {
    send: async (message) => {
      delivered.push((message as { event: ReportedEvent }).event);
      return { ok: true, stored: true };
    },
    onNetworkSend: () => () => {},
    now: () => Date.now(),
  };
  stop = runOnPage(
    chatgpt,
    window,
    ports,
    { ...DEFAULT_TIMING, trustedEventsOnly: false },
    { watchAnswerLabels },
  );
});
afterEach(() => stop());

/** A send: the user turn appears and the answer starts streaming under the stop button. */
async function send(id: string, slug: string) {
  pressEnter(document.querySelector('#prompt-textarea')!);
  const button = stopButton();
  main().append(button, html(userTurn(id)));
  await settle(200);
  main().append(html(answer(id, slug)));
  await settle(400);
  return button;
}

describe('ChatGPT: the model that answered, read once when the answer is done', () => {
  it('labels the send from the finished answer: auto answered by a thinking model is reasoning', async () => {
    const button = await send('m1', 'gpt-5-5-thinking');
    expect(delivered.map((e) => e.labelFrom)).toEqual([undefined]); // still streaming: not read
    button.remove();
    await settle(400);
    expect(delivered).toHaveLength(2);
    const [sent, answered] = delivered;
    expect(answered).toMatchObject({
      key: sent!.key,
      kind: 'prompt',
      trigger: 'send',
      model: 'gpt-5',
      mode: 'reasoning',
      labelFrom: 'answer',
    });
  });

  it('reads each answer once: a re-render later, even with another slug, reports nothing', async () => {
    const button = await send('m2', 'gpt-5-5');
    button.remove();
    await settle(400);
    expect(delivered.at(-1)).toMatchObject({ model: 'gpt-5', mode: 'standard' });
    const count = delivered.length;
    const shown = document.querySelector('[data-message-id="a-m2"]')!.closest('article')!;
    shown.replaceWith(html(answer('m2', 'o3')));
    await settle(400);
    expect(delivered).toHaveLength(count);
  });

  it('never reads history, and a slug it does not know gives no label', async () => {
    await settle(400);
    expect(delivered).toEqual([]);
    const button = await send('m3', 'some-future-model');
    button.remove();
    await settle(400);
    expect(delivered.map((e) => e.labelFrom)).toEqual([undefined]);
  });
});
