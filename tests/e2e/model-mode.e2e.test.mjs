// End-to-end: the model and mode of each send on chatgpt.com (issue 18), in Chromium. The captured
// page of 2026-02-27 is served at its real URL; its double sends the model picked and names the model
// that answered in `data-message-model-slug` once the answer is written (tests/sites/chatgpt/chatgpt.sim.js).
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
  waitForContentScript,
} from './support/chromium.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';

const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

/** Sends `text` with Enter and waits, as a person would, until the answer is written. */
async function sendAndWait(page, text) {
  const answers = Number((await page.getAttribute('html', 'data-e2e-answers')) ?? 0);
  await page.click('#prompt-textarea');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`html[data-e2e-answers="${answers + 1}"]`);
}

describe('ChatGPT model and mode in Chromium', { timeout: 120_000 }, () => {
  let ext;
  before(async () => {
    ext = await launchWithExtension();
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, presetId: 'per-model-2026' } });
    });
  });
  after(async () => {
    await ext?.close();
  });

  it('a default send then a thinking send: 2 prompts, 1 reasoning, the thinking one ≥ 3× the energy; reload changes nothing', async () => {
    await routeFlow(ext, chatgpt);
    const page = await openSitePage(
      ext,
      'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-0000000000e1',
    );

    await sendAndWait(page, 'What is a haiku?'); // the default model: `auto`
    await waitForBadge(ext, '1');
    await quiet();
    const first = await readPopup(ext);
    assert.equal(first.values['today-prompts'], 1);
    assert.equal(first.values['today-reasoning'], 0);
    await first.popup.close();

    await page.evaluate(() => (window.__simModel = 'gpt-5-2-thinking'));
    await sendAndWait(page, 'Prove that there are infinitely many primes.');
    await waitForBadge(ext, '2');
    await quiet();

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-prompts'], 2);
    assert.equal(values['today-reasoning'], 1);
    const standardWh = first.values['today-wh'];
    const reasoningWh = values['today-wh'] - standardWh;
    assert.ok(
      reasoningWh >= 3 * standardWh,
      `the reasoning send (${reasoningWh} Wh) costs at least 3× the standard one (${standardWh} Wh)`,
    );
    const labels = (await storedEvents(popup))
      .sort((a, b) => a.at - b.at)
      .map(({ model, mode, labelFrom }) => ({
        model,
        mode,
        labelFrom,
      }));
    // The first asked for `auto`: only its answer (gpt-5-2) says what served it.
    assert.deepEqual(labels, [
      { model: 'gpt-5', mode: 'standard', labelFrom: 'answer' },
      { model: 'gpt-5', mode: 'reasoning', labelFrom: 'answer' },
    ]);
    await popup.close();

    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await quiet(1500);
    assert.equal(await badgeText(ext), '2', 'the reload adds nothing');
    const again = await readPopup(ext);
    assert.equal(again.values['today-prompts'], 2);
    assert.equal(again.values['today-reasoning'], 1);
    assert.equal(again.values['today-wh'], values['today-wh']);
    await again.popup.close();
    await page.close();
  });
});
