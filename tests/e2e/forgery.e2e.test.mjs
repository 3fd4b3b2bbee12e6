// A page script that tries to make the extension count what no person asked for: synthetic key presses,
// clicks and submits, a cloned user turn, bridge messages it forges right after a real click (when a
// gesture would let them count), its own port offered as the bridge's, messages to the extension. The
// built extension in Chromium on routed pages; each forgery must leave the badge empty and the database
// without an event, and a real send afterwards must still count exactly once.
//
// Every forgery here is one the extension once fell for or could fall for (issue 19): each test fails
// on a build that reads the bridge over window messages, or that names a site in
// `externally_connectable`.
//
// What does count: a request the page itself makes to a site's send endpoint. The browser saw it go out
// (webRequest cannot be forged from a page) and it reached the model, so it cost what a typed prompt
// costs. A socket frame or a bridge message cannot be told apart from a forgery, so those count only
// right after a real key press or click, and only over the bridge's private port.
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
import leonardo from '../sites/leonardo/leonardo.flow.mjs';
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

/**
 * Bridge messages as the extension's page-world scripts posted them on the window before issue 19 (a
 * job accepted with 4 images, then reported finished with 16), and the same messages over a port of
 * the page's own, offered with the handover mark the bridge uses for its port.
 */
function forgeBridgeMessages() {
  const messages = [
    { 'ai-footprint:socket-send': { trigger: 'send', messageKey: 'forged-message' } },
    { 'ai-footprint:socket-send': { trigger: 'regenerate' } },
    { 'ai-footprint:image-job': { ticket: 'forged-ticket', start: true } },
    {
      'ai-footprint:image-job': {
        ticket: 'forged-ticket',
        jobs: [{ jobKey: 'forged-job', images: 4 }],
      },
    },
    { 'ai-footprint:image-job': { finished: [{ jobKey: 'forged-job', images: 16 }] } },
  ];
  for (const message of messages) window.postMessage(message, location.origin);
  const own = new MessageChannel();
  window.postMessage({ 'ai-footprint:bridge-port': true }, location.origin, [own.port2]);
  own.port1.postMessage({ socket: { trigger: 'send', messageKey: 'forged-over-port' } });
  own.port1.postMessage({ imageJob: { ticket: 'forged-port-ticket', start: true } });
  own.port1.postMessage({
    imageJob: { ticket: 'forged-port-ticket', jobs: [{ jobKey: 'forged-port-job', images: 4 }] },
  });
  own.port1.postMessage({ imageJob: { finished: [{ jobKey: 'forged-port-job', images: 16 }] } });
}

/**
 * What a page can try to reach the extension directly. Chromium gives a page `chrome.runtime` only
 * when an extension names its site in `externally_connectable`; ours names none, so the page has no
 * runtime at all (a build that named the site would get "delivered" or "refused" here).
 */
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
    });
    assert.equal(await page.evaluate(messageTheExtension, ext.extensionId), 'no runtime');
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.externally_connectable, undefined, 'no page may message the extension');
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

  it('Copilot: forged socket sends right after a real click, and a socket send the page makes without one, count 0; a person’s send 1', async () => {
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
    await assertNothingCounted(
      ext,
      'a socket frame without a gesture is indistinguishable from a forgery',
    );
    // A real click makes the next socket send countable: the page forges one at once.
    await page.click(copilot.composer);
    await page.evaluate(forgeBridgeMessages);
    await assertNothingCounted(ext, 'only the bridge, over its own port, reports a socket send');

    await page.click(copilot.composer);
    await page.keyboard.type('a person typing');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '1');
    await quiet();
    assert.equal(await badgeText(ext), '1');
    await page.close();
  });

  it('Midjourney: a page-made job, and forged jobs right after a real click, count 0; a person’s job 4', async () => {
    await clearData(ext);
    await routeFlow(ext, midjourney);
    const page = await openSitePage(ext, midjourney.pageUrl);
    await assertNoGlobalOfOurs(page);
    await page.evaluate(() => window.__e2eGenerate());
    await assertNothingCounted(ext, 'a job without a gesture counts nothing');
    await page.click(midjourney.composer);
    await page.evaluate(forgeBridgeMessages);
    await assertNothingCounted(ext, 'a job only the page reports counts nothing');

    await page.click(midjourney.composer);
    await page.keyboard.type('a red bicycle leaning on a blue wall');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '4');
    await quiet();
    assert.equal(await badgeText(ext), '4');
    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-images'], 4);
    assert.equal((await storedEvents(popup)).length, 4);
    await popup.close();
    await page.close();
  });

  // Leonardo counts a job when its status poll reports it finished, so a forged `finished` is read
  // there (Midjourney counts on acceptance and never reads one).
  it('Leonardo: a forged accepted job and its forged finished report after a real click count 0; a person’s job 4', async () => {
    await clearData(ext);
    await routeFlow(ext, leonardo);
    const page = await openSitePage(ext, leonardo.pageUrl);
    await page.click(leonardo.composer);
    await page.evaluate(forgeBridgeMessages);
    await assertNothingCounted(ext, 'a finished report the page forged counts nothing');

    await page.click(leonardo.composer);
    await page.keyboard.type('a red bicycle leaning on a blue wall');
    await page.click(leonardo.generate);
    await waitForBadge(ext, String(leonardo.images));
    // Right after the real Generate click (a gesture just used), the page forges again.
    await page.evaluate(forgeBridgeMessages);
    await quiet();
    assert.equal(await badgeText(ext), String(leonardo.images), 'the real job, exactly');
    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-images'], leonardo.images);
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
