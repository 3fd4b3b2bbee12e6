// Generated videos in Chromium (issue 21): the built extension, each site's pages routed to its model
// page and double (tests/sites/<site>/), driven with trusted input. A clip counts once, after a person's
// gesture, never from a page script, a forged bridge message or a replayed job.
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
import firefly from '../sites/firefly/firefly.flow.mjs';
import midjourney from '../sites/midjourney/midjourney.flow.mjs';

const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

/** What a page script could post to the bridge's listener: a started video job and its clips. */
function forgeVideoMessages() {
  const post = (message) =>
    window.postMessage({ 'ai-footprint:image-job': message }, location.origin);
  post({ ticket: 'forged-video', start: true });
  post({ ticket: 'forged-video', jobs: [{ jobKey: 'forged-video', videos: 4, durationSec: 25 }] });
  post({ finished: [{ jobKey: 'forged-video', videos: 4, durationSec: 25 }] });
}

describe('Midjourney: video jobs', { timeout: 180_000 }, () => {
  let ext;
  extensionPerSuite([midjourney], (launched) => (ext = launched));

  it('an image job (4) and a video job (1 clip of 5 s); a reload counts nothing', async () => {
    const page = await openSitePage(ext, midjourney.pageUrl);
    await quiet();
    assert.equal(await badgeText(ext), '', 'past creations on the page must not count');

    await page.click(midjourney.composer);
    await page.keyboard.type('a red bicycle leaning on a blue wall');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, String(midjourney.images));

    await page.click('[data-e2e="animate"]');
    const total = midjourney.images + midjourney.videos;
    await waitForBadge(ext, String(total));
    await quiet();
    assert.equal(
      await badgeText(ext),
      String(total),
      'the badge counts prompts, images and videos',
    );

    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await quiet();
    assert.equal(await badgeText(ext), String(total), 'a reload counts nothing');

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-images'], midjourney.images);
    assert.equal(values['today-videos'], midjourney.videos);
    assert.equal(values['week-videos'], midjourney.videos);
    assert.equal(values['total-videos'], midjourney.videos);
    assert.equal(values['today-prompts'], 0);
    const videos = (await storedEvents(popup)).filter((e) => e.kind === 'video');
    assert.deepEqual(
      videos.map(({ site, trigger, durationSec }) => ({ site, trigger, durationSec })),
      [{ site: 'midjourney', trigger: 'video', durationSec: 5 }],
    );
    await popup.close();
    await page.close();
    assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
  });

  it('forged, page-made and replayed video jobs count nothing', async () => {
    const before = await badgeText(ext);
    const page = await openSitePage(ext, midjourney.pageUrl);
    await quiet();
    await page.evaluate(forgeVideoMessages);
    await page.evaluate(() => window.__e2eAnimate());
    await quiet();
    assert.equal(await badgeText(ext), before, 'a forged or page-made video job counts nothing');

    await page.click('[data-e2e="animate"]');
    const after = String(Number(before) + midjourney.videos);
    await waitForBadge(ext, after);

    // Four clips are shown: the page-made one, the counted one and two replays. The page sends the same
    // video request again from a script, and then a person’s click gets the
    // same job back: neither is a new clip.
    await page.evaluate(() => window.__e2eReplayVideo());
    await page.evaluate(() => (window.__e2eReplayOnClick = true));
    await page.click('[data-e2e="animate"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-e2e="clip"]').length === 4);
    await quiet();
    assert.equal(await badgeText(ext), after, 'a replayed video job counts nothing');

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-videos'], Number(after) - midjourney.images);
    await popup.close();
    await page.close();
  });
});

describe('Adobe Firefly: partner-model video', { timeout: 120_000 }, () => {
  let ext;
  extensionPerSuite([firefly], (launched) => (ext = launched));

  it('a page-made clip (0), a person’s clip (1, 4 s), a reload (same)', async () => {
    const page = await openSitePage(ext, firefly.pageUrl);
    await page.evaluate(() => window.__e2eGenerateVideo());
    await quiet();
    assert.equal(await badgeText(ext), '', 'a video job the page starts alone counts nothing');

    await page.click('[data-e2e="generate-video"]');
    await waitForBadge(ext, String(firefly.videos));
    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await quiet();
    assert.equal(await badgeText(ext), String(firefly.videos), 'a reload counts nothing');

    const { popup, values } = await readPopup(ext);
    assert.equal(values['today-videos'], firefly.videos);
    assert.equal(values['today-images'], 0);
    const events = await storedEvents(popup);
    assert.deepEqual(
      events.map(({ site, kind, durationSec }) => ({ site, kind, durationSec })),
      [{ site: 'firefly', kind: 'video', durationSec: firefly.videoSeconds }],
    );
    await popup.close();
    await page.close();
    assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
  });
});
