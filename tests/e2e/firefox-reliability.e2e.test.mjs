// Reliability in Firefox (issue 7, DESIGN.md §7), on the MV3 build whose event page Firefox suspends
// after IDLE_TIMEOUT_MS without events: ten chat tabs sending at once, the tabs falling quiet twice
// until the event page is suspended, one tab reloaded mid-stream; then the browser quit and started
// again on the same profile. Every send must be stored exactly once; badge, tooltip and popup agree.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  badgeText,
  launchFirefox,
  openSite,
  readPopup,
  storedEvents,
  waitForBackgroundState,
  waitForBadge,
} from './support/firefox.mjs';
import {
  burstFlows,
  isFlowUrl,
  promptsBySite,
  runBurst,
  sendLikeAPerson,
  settledEvents,
} from './support/burst.mjs';
import { siteResponse } from './support/routes.mjs';

const TARGET = 'firefox-mv3';
const SENDS_PER_TAB = 100;
const flows = await burstFlows();
const TOTAL = SENDS_PER_TAB * flows.length;
/** badge.ts shows 1,000–1,099 as "1k"; the tooltip has the exact count. */
const BADGE_AT_TOTAL = '1k';
const exactCount = (n) => new RegExp(`\\b${n.toLocaleString('en')} prompts\\b`);
/** See firefox.e2e.test.mjs: Firefox gives no "content script ready" signal; it runs right after load. */
const CONTENT_SCRIPT_SETTLE_MS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const badgeTitle = (page) => page.evaluate(() => browser.action.getTitle({}));

/** Opens the flow's conversation in a window of its own, its origins answered by the flow's stubs. */
async function openFlow(ext, flow) {
  const page = await openSite(
    ext,
    flow.conversationUrl,
    (url, method) => (isFlowUrl(flow, url) ? siteResponse(flow, url, method) : null),
    { ownWindow: true },
  );
  await sleep(CONTENT_SCRIPT_SETTLE_MS);
  return page;
}

describe(
  `Reliability in Firefox (${TARGET}): ${flows.length} tabs × ${SENDS_PER_TAB} sends`,
  { timeout: 900_000 },
  () => {
    let ext;
    let profile;
    before(async () => {
      profile = await mkdtemp(join(tmpdir(), 'aifp-firefox-profile-'));
      ext = await launchFirefox({ target: TARGET, profile, install: 'permanent' });
    });
    after(async () => {
      await ext?.close();
      if (profile) await rm(profile, { recursive: true, force: true });
    });

    it('stores every send exactly once with the event page suspended twice and a tab reloaded mid-burst', async () => {
      const tabs = [];
      for (const flow of flows) tabs.push({ flow, page: await openFlow(ext, flow) });
      const { suspends: suspendsBefore } = await ext.backgroundLifecycle();
      let quietSuspensions = 0;
      // Every tab holds its next send until Firefox, seeing no event, has suspended the event page;
      // the sends that follow must wake it.
      const fallQuiet = async () => {
        await ext.closeExtensionPage();
        await waitForBackgroundState(ext, 'stopped', 30_000);
        quietSuspensions++;
      };

      const started = Date.now();
      const sent = await runBurst(tabs, {
        sendsPerTab: SENDS_PER_TAB,
        oneKeyboardForAll: true,
        midBurst: [
          { afterSends: Math.round(TOTAL * 0.3), run: fallQuiet, pause: true },
          { afterSends: Math.round(TOTAL * 0.65), run: fallQuiet, pause: true },
        ],
        reload: {
          tab: 1,
          afterSend: SENDS_PER_TAB / 2,
          async run({ page }) {
            await page.reload({ waitUntil: 'load' });
            await sleep(CONTENT_SCRIPT_SETTLE_MS);
          },
        },
      });
      console.log(`# burst: ${TOTAL} sends in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      assert.deepEqual(
        sent,
        flows.map(() => SENDS_PER_TAB),
      );
      assert.equal(quietSuspensions, 2);
      const { suspends, starts } = await ext.backgroundLifecycle();
      assert.ok(suspends - suspendsBefore >= 2, `suspended ${suspends - suspendsBefore} times`);
      assert.ok(starts >= 2, 'the sends after a suspension woke the event page');

      const { popup } = await readPopup(ext);
      const events = await settledEvents(() => storedEvents(popup), TOTAL);
      assert.deepEqual(
        promptsBySite(events),
        Object.fromEntries(flows.map((f) => [f.site, SENDS_PER_TAB])),
        'each tab’s sends stored once',
      );
      assert.equal(events.length, TOTAL);
      assert.equal(new Set(events.map((e) => e.id)).size, TOTAL);
      await popup.close();

      await waitForBadge(ext, BADGE_AT_TOTAL);
      const fresh = await readPopup(ext);
      assert.equal(fresh.values['today-prompts'], TOTAL, 'popup shows every send');
      assert.equal(fresh.values['today-images'], 0);
      assert.match(await badgeTitle(fresh.popup), exactCount(TOTAL));
      await fresh.popup.close();
      for (const { page } of tabs) await page.close();
    });

    it('keeps every count over a browser restart on the same profile, and counts on', async () => {
      assert.deepEqual(await ext.extensionRequests(), [], 'no request of its own before the quit');
      await ext.close();
      ext = await launchFirefox({ target: TARGET, profile, install: 'none' });

      await waitForBadge(ext, BADGE_AT_TOTAL); // no event since the restart: the badge comes from storage
      const { popup, values } = await readPopup(ext);
      assert.equal(values['today-prompts'], TOTAL);
      assert.match(await badgeTitle(popup), exactCount(TOTAL));
      assert.equal((await storedEvents(popup)).length, TOTAL);

      const [flow] = flows;
      const page = await openFlow(ext, flow);
      await sendLikeAPerson(page, flow, 'after the restart');
      const events = await settledEvents(() => storedEvents(popup), TOTAL + 1);
      assert.equal(events.length, TOTAL + 1);
      assert.equal(promptsBySite(events)[flow.site], SENDS_PER_TAB + 1);
      assert.equal(await badgeText(ext), BADGE_AT_TOTAL);
      assert.match(await badgeTitle(popup), exactCount(TOTAL + 1));
      await popup.close();
      await page.close();
      assert.ok((await ext.observedRequestCount()) > 0, 'the request recorder saw the page load');
      assert.deepEqual(
        await ext.extensionRequests(),
        [],
        'the extension made no request of its own',
      );
    });
  },
);
