// End-to-end: the extension's storage quota runs out for real (CDP shrinks the origin's quota, so
// IndexedDB aborts writes with QuotaExceededError), while a person keeps using ChatGPT.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import {
  badgeText,
  launchWithExtension,
  routeFlow,
  sendOnChatgpt,
  stopServiceWorker,
  storedEvents,
  waitForBadge,
} from './support/chromium.mjs';

/** Waits until the toolbar button's tooltip matches `pattern`. */
async function waitForTitle(ext, pattern, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let title;
  while (Date.now() < deadline) {
    title = await ext.worker.evaluate(() => chrome.action.getTitle({}));
    if (pattern.test(title)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`tooltip stayed "${title}", expected ${pattern}`);
}

/** The popup's storage message (or null) and its figures, once it has rendered. */
async function popupState(ext) {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForSelector('[data-testid="today-prompts"]');
  const problem = popup.locator('[data-testid="storage-problem"]');
  const message = (await problem.count()) ? await problem.textContent() : null;
  const todayPrompts = Number(
    await popup.getAttribute('[data-testid="today-prompts"]', 'data-value'),
  );
  const events = (await storedEvents(popup)).length;
  await popup.close();
  return { message, todayPrompts, events };
}

describe('Storage full in Chromium', { timeout: 120_000 }, () => {
  let ext;
  let quota;
  before(async () => {
    ext = await launchWithExtension();
    await routeFlow(ext, chatgpt);
    // A page that stays open holds the CDP session: the quota override lasts as long as it does.
    const holder = await ext.context.newPage();
    quota = await ext.context.newCDPSession(holder);
  });
  after(async () => {
    await ext?.close();
  });

  const origin = () => `chrome-extension://${ext.extensionId}`;

  it('says so in the popup, keeps the refused prompts and stores them once space is back', async () => {
    const before = await sendOnChatgpt(ext, chatgpt.conversationUrl, ['Before the disk fills up']);
    await waitForBadge(ext, '1');

    // Chrome's IndexedDB reads the quota when it opens the extension's storage and keeps it while the
    // storage is in use: close the tab, stop the worker, let the storage close, then shrink the quota.
    await before.close();
    await stopServiceWorker(ext, await ext.context.newPage());
    await new Promise((r) => setTimeout(r, 5000));
    await quota.send('Storage.overrideQuotaForOrigin', { origin: origin(), quotaSize: 1 });
    const chat = await sendOnChatgpt(ext, chatgpt.conversationUrl, [
      'While the disk is full',
      'Still full',
    ]);
    await waitForBadge(ext, '!');
    await waitForTitle(ext, /2 prompts or images not saved yet/);
    const full = await popupState(ext);
    assert.equal(full.events, 1, 'nothing half-written while the quota is exceeded');
    assert.equal(full.todayPrompts, 1);
    assert.match(
      full.message ?? '',
      /storage is full, so 2 prompts or images could not be saved yet/,
    );

    await quota.send('Storage.overrideQuotaForOrigin', { origin: origin() });
    await chat.click(chatgpt.composer);
    await chat.keyboard.type('Space again');
    await chat.keyboard.press('Enter');
    await waitForBadge(ext, '4');
    const resumed = await popupState(ext);
    assert.deepEqual(resumed, { message: null, todayPrompts: 4, events: 4 });
    assert.equal(await badgeText(ext), '4');
    assert.deepEqual(ext.extensionRequests, []);
  });
});
