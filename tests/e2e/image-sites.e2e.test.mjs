// The same flow on every image-generation site (tests/sites/<site>/<site>.flow.mjs with kind 'image'): the
// built extension in Chromium, the site's pages routed to its model page and its API to a stub.
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
import { loadFlows } from './support/routes.mjs';

const flows = (await loadFlows()).filter((flow) => flow.kind === 'image');
const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

for (const flow of flows) {
  describe(`${flow.site}: image jobs`, { timeout: 120_000 }, () => {
    let ext;
    extensionPerSuite([flow], (launched) => (ext = launched));

    const open = (url) => openSitePage(ext, url);

    const steps = [
      'gallery at load (0)',
      'a page-made job (0)',
      `generate (${flow.images})`,
      'reload (same)',
      flow.finishesByPoll && `a job still running at a reload (+${flow.images} after it)`,
      flow.upscale && 'upscale (+1)',
    ];
    it(steps.filter(Boolean).join(', '), async () => {
      const page = await open(flow.pageUrl);
      await quiet();
      assert.equal(await badgeText(ext), '', 'past creations on the page must not count');

      await page.evaluate(() => window.__e2eGenerate());
      await quiet();
      assert.equal(
        await badgeText(ext),
        '',
        'a job the page starts without a user gesture counts nothing',
      );

      await page.click(flow.composer);
      await page.keyboard.type('a red bicycle leaning on a blue wall');
      if (flow.generate) await page.click(flow.generate);
      else await page.keyboard.press('Enter');
      await waitForBadge(ext, String(flow.images));
      await quiet();
      assert.equal(await badgeText(ext), String(flow.images), 'one job counted once');

      await page.reload();
      await waitForContentScript(page, ext.extensionId);
      await quiet();
      assert.equal(await badgeText(ext), String(flow.images), 'a reload counts nothing');

      let total = flow.images;
      if (flow.finishesByPoll) {
        await page.evaluate(() => (window.__e2eHoldPolls = true));
        await page.click(flow.composer);
        await page.keyboard.type('the same bicycle at night');
        await page.click(flow.generate);
        await quiet();
        assert.equal(await badgeText(ext), String(total), 'a job still running counts nothing yet');
        await page.reload();
        await waitForContentScript(page, ext.extensionId);
        total += flow.images;
        await waitForBadge(ext, String(total));
        await quiet();
        assert.equal(await badgeText(ext), String(total), 'the held job counted once');
      }
      if (flow.upscale) {
        await page.click('[data-e2e="upscale"]');
        total += flow.upscale;
        await waitForBadge(ext, String(total));
      }

      const { popup, values } = await readPopup(ext);
      assert.equal(values['today-images'], total);
      assert.equal(values['today-prompts'], 0);
      const events = await storedEvents(popup);
      assert.equal(events.length, total);
      assert.ok(
        events.every((e) => e.site === flow.site && e.kind === 'image' && e.trigger === 'image'),
      );
      await popup.close();
      await page.close();
      assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    });
  });
}
