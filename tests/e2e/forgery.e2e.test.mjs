// A page script that tries to make the extension count what no person asked for: synthetic key presses,
// clicks and submits, a cloned user turn, forged bridge messages, messages to the extension. The built
// extension in Chromium on routed pages; each forgery must leave the badge empty and the database
// without an event, and a real send afterwards must still count exactly once.
//
// What does count: a request the page itself makes to a site's send endpoint. The browser saw it go out
// (webRequest cannot be forged from a page) and it reached the model, so it cost what a typed prompt
// costs. A socket frame or a bridge message cannot be told apart from a forgery, so those count only
// right after a real key press or click.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  badgeText,
  launchWithExtension,
  openSitePage,
  readPopup,
  routeFlow,
  storedEvents,
  waitForBadge,
} from './support/chromium.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import copilot from '../sites/copilot/copilot.flow.mjs';
import midjourney from '../sites/midjourney/midjourney.flow.mjs';

const quiet = (ms = 1000) => new Promise((r) => setTimeout(r, ms));

/** Types into the composer from the page and presses Enter, clicks send and submits: none trusted. */
function forgeSend([composerSelector, sendSelector, text]) {
  const composer = document.querySelector(composerSelector);
  if ('value' in composer) composer.value = text;
  else composer.textContent = text;
  composer.dispatchEvent(new Event('input', { bubbles: true }));
  for (const type of ['keydown', 'keypress', 'keyup']) {
    composer.dispatchEvent(
      new KeyboardEvent(type, { key: 'Enter', bubbles: true, cancelable: true }),
    );
  }
  document.querySelector(sendSelector)?.click();
  composer
    .closest('form')
    ?.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
}

/** Bridge messages as the extension's own page-world scripts would post them. */
function forgeBridgeMessages() {
  const post = (message) => window.postMessage(message, location.origin);
  post({ 'ai-footprint:socket-send': { trigger: 'send', messageKey: 'forged-message' } });
  post({ 'ai-footprint:socket-send': { trigger: 'regenerate' } });
  post({ 'ai-footprint:image-job': { ticket: 'forged-ticket', start: true } });
  post({
    'ai-footprint:image-job': {
      ticket: 'forged-ticket',
      jobs: [{ jobKey: 'forged-job', images: 4 }],
    },
  });
  post({ 'ai-footprint:image-job': { finished: [{ jobKey: 'forged-job', images: 4 }] } });
}

/** What a page can try to reach the extension directly; Chromium gives it no way in. */
async function messageTheExtension(extensionId) {
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.sendMessage) return 'no runtime';
  const event = { type: 'usage-event', site: 'chatgpt', kind: 'prompt', at: Date.now() };
  try {
    await runtime.sendMessage(extensionId, event);
    return 'delivered';
  } catch (error) {
    return `refused: ${error.message}`;
  }
}

/** The page-world bridge runs in the page's own world: it must leave no global behind (WXT named one per script). */
async function assertNoGlobalOfOurs(page) {
  const ours = await page.evaluate(() =>
    Object.getOwnPropertyNames(window).filter((name) => /(Bridge|Counter)$/.test(name)),
  );
  assert.deepEqual(ours, []);
}

async function assertNothingCounted(ext, why) {
  await quiet();
  assert.equal(await badgeText(ext), '', why);
  const { popup, values } = await readPopup(ext);
  assert.deepEqual(await storedEvents(popup), [], why);
  assert.equal(values['today-prompts'], 0);
  await popup.close();
}

describe('A page script forging use in Chromium', { timeout: 240_000 }, () => {
  let ext;
  before(async () => {
    ext = await launchWithExtension();
  });
  after(async () => ext?.close());

  it('ChatGPT: synthetic input, a cloned turn and forged messages count 0; its own request counts 1; a person’s send 1', async () => {
    await routeFlow(ext, chatgpt);
    const page = await openSitePage(ext, chatgpt.conversationUrl);
    // The test double sends on any Enter, trusted or not, so stop its request: only the extension's
    // reading of the synthetic events is under test here.
    await page.evaluate(() => {
      const realFetch = window.fetch;
      window.__blockSends = true;
      window.fetch = (input, init) =>
        window.__blockSends && init?.method === 'POST'
          ? Promise.resolve(new Response('{}', { status: 599 }))
          : realFetch(input, init);
    });
    await page.evaluate(forgeSend, [chatgpt.composer, chatgpt.sendButton, 'forged prompt']);
    await page.evaluate(() => {
      const last = [...document.querySelectorAll('[data-message-author-role="user"]')].pop();
      const article = last.closest('article');
      const turn = article.cloneNode(true);
      turn.querySelector('[data-message-author-role="user"]').dataset.messageId =
        crypto.randomUUID();
      article.parentElement.append(turn);
      document.dispatchEvent(new CustomEvent('ai-footprint:usage', { detail: { kind: 'prompt' } }));
    });
    await page.evaluate(forgeBridgeMessages);
    assert.match(
      await page.evaluate(messageTheExtension, ext.extensionId),
      /^(no runtime|refused)/,
    );
    await assertNothingCounted(ext, 'nothing a page script forges counts');

    // The same synthetic Enter, now with the double's real request: the model was asked, it counts.
    await page.evaluate(() => (window.__blockSends = false));
    await page.evaluate(forgeSend, [chatgpt.composer, chatgpt.sendButton, 'page-made prompt']);
    await waitForBadge(ext, '1');
    await quiet();
    assert.equal(await badgeText(ext), '1', 'one request, one prompt');

    await page.click(chatgpt.composer);
    await page.keyboard.type('a person typing');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '2');
    await quiet();
    assert.equal(await badgeText(ext), '2');
    const { popup } = await readPopup(ext);
    const events = await storedEvents(popup);
    assert.equal(events.length, 2);
    assert.ok(events.every((e) => e.site === 'chatgpt' && e.kind === 'prompt'));
    assert.ok(
      events.some((e) => e.sources.join() === 'net'),
      'the page-made send: network only',
    );
    await popup.close();
    await page.close();
  });

  it('Copilot: a socket send the page makes without a key press or click counts 0; a person’s send 1', async () => {
    await clearData(ext);
    await routeFlow(ext, copilot);
    const page = await openSitePage(ext, copilot.conversationUrl);
    await assertNoGlobalOfOurs(page);
    const userTurns = () => page.locator('[data-content="user-message"]').count();
    const turnsBefore = await userTurns();
    await page.evaluate(forgeSend, [copilot.composer, copilot.sendButton, 'forged prompt']);
    // The double did send the frame and show the turn: the forgery went all the way.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-content="user-message"]').length > n,
      turnsBefore,
    );
    await page.evaluate(forgeBridgeMessages);
    await assertNothingCounted(
      ext,
      'a socket frame without a gesture is indistinguishable from a forgery',
    );

    await page.click(copilot.composer);
    await page.keyboard.type('a person typing');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '1');
    await quiet();
    assert.equal(await badgeText(ext), '1');
    await page.close();
  });

  it('Midjourney: forged job messages and a page-made job count 0; a person’s job 4', async () => {
    await clearData(ext);
    await routeFlow(ext, midjourney);
    const page = await openSitePage(ext, midjourney.pageUrl);
    await assertNoGlobalOfOurs(page);
    await page.evaluate(forgeBridgeMessages);
    await page.evaluate(() => window.__e2eGenerate());
    await assertNothingCounted(ext, 'a job without a gesture counts nothing');

    await page.click(midjourney.composer);
    await page.keyboard.type('a red bicycle leaning on a blue wall');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '4');
    await page.evaluate(() =>
      window.postMessage(
        { 'ai-footprint:image-job': { finished: [{ jobKey: 'forged-job', images: 4 }] } },
        location.origin,
      ),
    );
    await quiet();
    assert.equal(
      await badgeText(ext),
      '4',
      'a finished report counts only for a job the page saw accepted',
    );
    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-images'], 4);
    assert.equal((await storedEvents(popup)).length, 4);
    await popup.close();
    await page.close();
    assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
  });
});

/** Empties the database through the extension's own reset, as the options page does. */
async function clearData(ext) {
  const { popup } = await readPopup(ext);
  const ack = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-data' }));
  assert.equal(ack.ok, true);
  await popup.close();
  await waitForBadge(ext, '');
}
