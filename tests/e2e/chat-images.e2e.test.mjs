// Generated images on chat sites (flows with an `imageTurn`): the built extension in Chromium, the site's
// page routed to its captured or model page and its send endpoint (or socket) to a stub that answers the
// image prompt with `imageTurn.images` images. The prompt counts once and each image once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  badgeText,
  extensionPerSuite,
  openSitePage,
  readPopup,
  storedEvents,
  waitForBadge,
  waitForContentScript,
} from './support/chromium.mjs';
import { IMAGE_PROMPT, loadFlows } from './support/routes.mjs';

const flows = (await loadFlows()).filter((flow) => flow.imageTurn);
const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

for (const flow of flows) {
  const { images } = flow.imageTurn;
  describe(`${flow.site}: a chat turn that draws`, { timeout: 120_000 }, () => {
    let ext;
    extensionPerSuite([flow], (launched) => (ext = launched));

    it(`history (0), an image prompt (+1 prompt, +${images} images), reload (same)`, async () => {
      const page = await openSitePage(ext, flow.conversationUrl);
      await quiet();
      assert.equal(await badgeText(ext), '', 'history must not count');

      await page.click(flow.composer);
      await page.keyboard.type(IMAGE_PROMPT);
      await page.keyboard.press('Enter');
      await waitForBadge(ext, String(1 + images));
      await quiet(1500);
      assert.equal(await badgeText(ext), String(1 + images), 'each image counted once');

      await page.reload();
      await waitForContentScript(page, ext.extensionId);
      await quiet();
      assert.equal(await badgeText(ext), String(1 + images), 'a reload counts nothing');

      const { popup, values } = await readPopup(ext);
      assert.equal(values['today-prompts'], 1);
      assert.equal(values['today-images'], images);
      const events = await storedEvents(popup);
      assert.equal(
        events.filter((e) => e.kind === 'image' && e.trigger === 'image').length,
        images,
      );
      assert.ok(events.every((e) => e.site === flow.site));
      assert.ok(!JSON.stringify(events).includes('foxes'), 'no prompt text is stored');
      await popup.close();
      await page.close();
      assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    });
  });
}
