// End-to-end: the built extension in Debian's Chromium, on captured chatgpt.com pages served at the
// real URL, driven with the keyboard and mouse as a person would.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  badgeText,
  launchWithExtension,
  openSitePage,
  readPopup,
  routeFlow,
  stopServiceWorker,
  storedEvents,
  waitForBadge,
  waitForContentScript,
} from './support/chromium.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import { ARTIFACTS } from './support/paths.mjs';
import { malformedMessages } from '../support/malformed-messages.js';

const FEB_2026 = 'obsidian-ai-exporter-chat-simple-2026-02-27-trimmed.html';
const SEP_2026 = 'sho7650-2026-09-model.html';
const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

const routeChatgpt = (ext, options) => routeFlow(ext, chatgpt, options);

const openChat = openSitePage;

async function typeAndEnter(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function typeAndClickSend(page, text) {
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.click('[data-testid="send-button"]');
}

describe('ChatGPT in Chromium', { timeout: 120_000 }, () => {
  let ext;
  before(async () => {
    ext = await launchWithExtension();
  });
  after(async () => {
    await ext?.close();
  });

  it('counts sends, an image and a regenerate exactly once, and never history', async () => {
    await routeChatgpt(ext, { fixture: FEB_2026 });
    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000001');
    await quiet();
    assert.equal(await badgeText(ext), '', 'history must not count');

    await typeAndEnter(page, 'What is a haiku?');
    await waitForBadge(ext, '1');

    await typeAndClickSend(page, 'And a limerick?');
    await waitForBadge(ext, '2');

    await typeAndEnter(page, 'draw a red apple');
    await waitForBadge(ext, '4'); // the prompt and its image
    await page.waitForSelector('div[id^="image-"] img');

    await page.click('[data-e2e="regenerate"]');
    await waitForBadge(ext, '5');

    // The message ids are public on the page (read before the reload drops the new turns).
    const messageIds = await page.$$eval(
      '[data-message-author-role="user"][data-message-id]',
      (turns) => turns.map((turn) => turn.getAttribute('data-message-id')),
    );
    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await page.mouse.wheel(0, -2000);
    await quiet();
    assert.equal(await badgeText(ext), '5', 'reload and scroll change nothing');

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-prompts'], 4);
    assert.equal(values['today-images'], 1);
    assert.equal(values['today-wh'], 4 * 4 + 8.5);
    assert.equal(values['today-co2'], 4 * 1 + 2.1);
    assert.equal(values['today-water'], 4 * 16 + 34);

    const events = await storedEvents(popup);
    assert.equal(events.length, 5);
    const sends = events.filter((e) => e.trigger === 'send');
    assert.equal(sends.length, 3);
    for (const send of sends)
      assert.deepEqual(
        [...send.sources].sort(),
        ['dom', 'net'],
        'page and network collapse into one event',
      );
    assert.deepEqual(
      events.filter((e) => e.trigger === 'regenerate').map((e) => e.sources),
      [['net']],
    );
    assert.deepEqual(
      events.filter((e) => e.kind === 'image').map((e) => e.sources),
      [['dom']],
    );
    const everything = JSON.stringify(events);
    for (const text of ['haiku', 'limerick', 'apple'])
      assert.ok(!everything.includes(text), 'no prompt text is stored');

    // Each send's id must be keyed with this install's secret, so nobody holding the page's message
    // ids can find them among exported ids.
    const { keyed, unkeyed } = await popup.evaluate(async (ids) => {
      const hex = (buffer) =>
        Array.from(new Uint8Array(buffer).slice(0, 16), (b) =>
          b.toString(16).padStart(2, '0'),
        ).join('');
      const text = (id) => new TextEncoder().encode(`chatgpt\u0000prompt:${id}`);
      const { idSecret } = await chrome.storage.local.get('idSecret');
      const raw = new Uint8Array(idSecret.key.match(/../g).map((pair) => parseInt(pair, 16)));
      const key = await crypto.subtle.importKey(
        'raw',
        raw,
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      );
      return {
        keyed: await Promise.all(
          ids.map(async (id) => hex(await crypto.subtle.sign('HMAC', key, text(id)))),
        ),
        unkeyed: await Promise.all(
          ids.map(async (id) => hex(await crypto.subtle.digest('SHA-256', text(id)))),
        ),
      };
    }, messageIds);
    const storedIds = new Set(events.map((e) => e.id));
    assert.equal(
      sends.filter((e) => keyed.includes(e.id)).length,
      3,
      'each send is keyed by the install secret',
    );
    assert.ok(
      !unkeyed.some((id) => storedIds.has(id)),
      'no stored id is the unkeyed hash of a page id',
    );

    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewportSize({ width: 320, height: 420 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-chromium.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('keeps counting when the service worker was stopped, losing nothing', async () => {
    await routeChatgpt(ext, { fixture: SEP_2026 });
    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000002');
    const before = Number(await badgeText(ext));
    await stopServiceWorker(ext, page);
    await typeAndEnter(page, 'Are you awake?');
    await stopServiceWorker(ext, page);
    await typeAndEnter(page, 'draw a cat');
    await waitForBadge(ext, String(before + 3));
    await quiet();
    assert.equal(await badgeText(ext), String(before + 3));
    await page.close();
  });

  it('counts the first send of a new chat once when its URL becomes /c/<id>', async () => {
    await routeChatgpt(ext, { fixture: SEP_2026 });
    const page = await openChat(ext, 'https://chatgpt.com/');
    const before = Number(await badgeText(ext));
    await typeAndEnter(page, 'Start a new chat');
    await page.waitForURL(/\/c\//);
    await waitForBadge(ext, String(before + 1));
    await quiet();
    assert.equal(await badgeText(ext), String(before + 1));
    await page.close();
  });

  it('counts nothing when the site refuses the send', async () => {
    await routeChatgpt(ext, { fixture: FEB_2026, sendStatus: 429 });
    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000003');
    const before = await badgeText(ext);
    await page.click('[data-e2e="regenerate"]');
    await quiet(1000);
    assert.equal(await badgeText(ext), before);
    await page.close();
  });

  it('survives a layout or endpoint change through the other signal', async () => {
    await routeChatgpt(ext, { fixture: FEB_2026, config: { turns: 'unknown-markup' } });
    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000004');
    const before = Number(await badgeText(ext));
    await typeAndEnter(page, 'new layout, known endpoint');
    await waitForBadge(ext, String(before + 1));
    await page.close();

    await routeChatgpt(ext, {
      fixture: FEB_2026,
      config: { endpoint: '/backend-api/f/conversation-v2' },
    });
    const moved = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000005');
    await typeAndEnter(moved, 'known layout, moved endpoint');
    await waitForBadge(ext, String(before + 2));
    await moved.close();
  });

  it('counts nothing on a site the user switched off in the options page', async () => {
    await routeChatgpt(ext, { fixture: FEB_2026 });
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const toggle = options.getByLabel('Count ChatGPT');
    await toggle.uncheck();
    await options.waitForFunction(async () =>
      (await chrome.storage.local.get('disabledSites')).disabledSites?.includes('chatgpt'),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await options.screenshot({ path: join(ARTIFACTS, 'options-chromium.png'), fullPage: true });

    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000006');
    const before = await badgeText(ext);
    await typeAndEnter(page, 'not counted');
    await page.click('[data-e2e="regenerate"]');
    await quiet(1000);
    assert.equal(await badgeText(ext), before);

    await toggle.check();
    await options.waitForFunction(
      async () =>
        !(await chrome.storage.local.get('disabledSites')).disabledSites?.includes('chatgpt'),
    );
    await typeAndEnter(page, 'counted again');
    await waitForBadge(ext, String(Number(before) + 1));
    await page.close();
    await options.close();
  });

  it('refuses 1,000 malformed messages without storing any or stopping', async () => {
    await routeChatgpt(ext, { fixture: SEP_2026 });
    const page = await openChat(ext, 'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-000000000009');
    const badgeBefore = Number(await badgeText(ext));
    const sender = await ext.context.newPage();
    await sender.goto(`chrome-extension://${ext.extensionId}/footprint.html`);
    const storedBefore = (await storedEvents(sender)).length;
    const acks = await sender.evaluate(
      (messages) => Promise.all(messages.map((m) => chrome.runtime.sendMessage(m))),
      malformedMessages(1000),
    );
    assert.equal(acks.length, 1000);
    assert.deepEqual(
      acks.filter((ack) => ack?.ok !== false),
      [],
      'every message is refused with an answer',
    );
    assert.equal((await storedEvents(sender)).length, storedBefore);

    await typeAndEnter(page, 'still counting?');
    await waitForBadge(ext, String(badgeBefore + 1));
    await sender.close();
    await page.close();
  });

  it('shows the page nothing of itself: no message, no global, on load or on a send', async () => {
    await routeChatgpt(ext, { fixture: SEP_2026 });
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      window.__seenMessages = [];
      window.addEventListener('message', (event) => window.__seenMessages.push(event.data));
      // After the page's own scripts (the site double's included), before document_idle.
      document.addEventListener('DOMContentLoaded', () => {
        window.__globalsAtStart = Object.getOwnPropertyNames(window);
      });
    });
    await page.goto('https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-00000000000a');
    await waitForContentScript(page, ext.extensionId);
    const before = Number(await badgeText(ext));
    await typeAndEnter(page, 'are you there?');
    await waitForBadge(ext, String(before + 1));
    const seen = await page.evaluate(() => ({
      messages: JSON.stringify(window.__seenMessages),
      newGlobals: Object.getOwnPropertyNames(window).filter(
        (name) => !window.__globalsAtStart.includes(name) && !name.startsWith('__'),
      ),
    }));
    // WXT's content-script context used to post `<extension id>:chatgpt:wxt:content-script-started`.
    for (const trace of [ext.extensionId, 'wxt', 'ai-footprint']) {
      assert.ok(!seen.messages.includes(trace), `the page received ${seen.messages}`);
    }
    assert.deepEqual(seen.newGlobals, []);
    await page.close();
  });

  it('made no network request of its own', () => {
    assert.deepEqual(ext.extensionRequests, []);
  });
});
