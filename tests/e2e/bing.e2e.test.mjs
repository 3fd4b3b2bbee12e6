// Bing Image Creator in the built extension in Chromium: the model pages served at www.bing.com, Create
// posts the form (a full navigation through a 302 to the result page), the result page polls for its
// images. Served over CDP (openPageRoutedOverCdp): Playwright's routing does not follow the 302. The background grants the tab the job it saw posted; only that job's images count.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  badgeText,
  launchWithExtension,
  openPageRoutedOverCdp,
  readPopup,
  storedEvents,
  waitForBadge,
  waitForContentScript,
} from './support/chromium.mjs';
import bing from '../sites/bing/bing.flow.mjs';

const quiet = (ms = 1000) => new Promise((r) => setTimeout(r, ms));

describe('bing: image jobs on pages of their own', { timeout: 180_000 }, () => {
  let ext;
  before(async () => {
    ext = await launchWithExtension();
  });
  after(async () => ext?.close());

  /** Types a prompt and clicks Create as a person would; resolves on the result page. */
  async function create(page, text) {
    await page.click(bing.composer);
    await page.keyboard.type(text);
    await Promise.all([
      page.waitForURL(/\/images\/create\/[^/]+\/1-[0-9a-f]+\?FORM=GUH2CR$/),
      page.click(bing.generate),
    ]);
    await waitForContentScript(page, ext.extensionId);
  }

  it('recent creations (0), create (4), reload (4), an old result page (4), a second create (8)', async () => {
    const page = await openPageRoutedOverCdp(ext, bing, bing.pageUrl);
    await quiet();
    assert.equal(await badgeText(ext), '', 'the recent creations pane is history');

    await create(page, 'a red bicycle leaning on a blue wall');
    await waitForBadge(ext, '4');
    const firstJob = page.url();
    await page.waitForSelector('#gir_async img.gir_mmimg');
    await quiet();
    assert.equal(await badgeText(ext), '4', 'four images, each with a detail copy: 4');

    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await page.waitForSelector('#gir_async img.mimg');
    await quiet();
    assert.equal(await badgeText(ext), '4', 'a reload counts nothing new');

    // Opening an older generation from the pane: its page polls and shows its images too.
    await Promise.all([page.waitForURL(/a-lighthouse/), page.click('a.girr_set')]);
    await waitForContentScript(page, ext.extensionId);
    await page.waitForSelector('#gir_async img.mimg');
    await quiet();
    assert.equal(await badgeText(ext), '4', 'an old result page counts nothing');

    // Back to the first job's page (the back button): its grant was moved on by nothing, still 4.
    await page.goto(firstJob);
    await page.waitForSelector('#gir_async img.mimg');
    await quiet();
    assert.equal(await badgeText(ext), '4');

    await create(page, 'the same bicycle at night');
    await waitForBadge(ext, '8');
    await quiet();
    assert.equal(await badgeText(ext), '8', 'a second job in the same tab counts on its own');

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-images'], 8);
    assert.equal(values['today-prompts'], 0, 'an image-site job counts images only');
    const events = await storedEvents(popup);
    assert.equal(events.length, 8);
    assert.ok(
      events.every((e) => e.site === 'bing' && e.kind === 'image' && e.trigger === 'image'),
    );
    await popup.close();
    await page.close();
    assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
  });

  it('counts nothing for a prompt Bing refuses (it answers 200 and no job)', async () => {
    const before = await badgeText(ext);
    const page = await openPageRoutedOverCdp(ext, bing, bing.pageUrl);
    await page.click(bing.composer);
    await page.keyboard.type(`${bing.refusedWord} prompt`);
    await Promise.all([page.waitForURL(/FORM=GENCRE$/), page.click(bing.generate)]);
    await waitForContentScript(page, ext.extensionId);
    await quiet(1500);
    assert.equal(await badgeText(ext), before);
    await page.close();
  });
});
