// Reliability in Firefox (docs/reliability.md#burst-in-firefox), on the MV3 build whose event page Firefox suspends
// after IDLE_TIMEOUT_MS without events: ten chat tabs sending at once, the tabs falling quiet twice
// until the event page is suspended, one tab reloaded mid-stream; then the browser quit and started
// again on the same profile. Every send must be stored exactly once; badge, tooltip and popup agree.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as firefox from './support/firefox.mjs';
import {
  assertBurstStoredOnce,
  assertCountsSurviveRestart,
  burstFlows,
  isFlowUrl,
  runBurst,
} from './support/burst.mjs';
import { siteResponse } from './support/routes.mjs';

const TARGET = 'firefox-mv3';
const SENDS_PER_TAB = 100;
const flows = await burstFlows();
const TOTAL = SENDS_PER_TAB * flows.length;
/** See firefox.e2e.test.mjs: Firefox gives no "content script ready" signal; it runs right after load. */
const CONTENT_SCRIPT_SETTLE_MS = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { launchFirefox, openSite, waitForBackgroundState } = firefox;

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
      const atStart = await ext.backgroundLifecycle();
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
      assert.ok(suspends - atStart.suspends >= 2, `suspended ${suspends - atStart.suspends} times`);
      assert.ok(
        starts - atStart.starts >= 2,
        'the sends after each suspension woke the event page',
      );

      await assertBurstStoredOnce(firefox, ext, flows, SENDS_PER_TAB);
      for (const { page } of tabs) await page.close();
    });

    it('keeps every count over a browser restart on the same profile, and counts on', async () => {
      assert.deepEqual(await ext.extensionRequests(), [], 'no request of its own before the quit');
      await ext.close();
      ext = await launchFirefox({ target: TARGET, profile, install: 'none' });

      await assertCountsSurviveRestart(firefox, ext, flows, SENDS_PER_TAB, (flow) =>
        openFlow(ext, flow),
      );
      assert.ok((await ext.observedRequestCount()) > 0, 'the request recorder saw the page load');
      assert.deepEqual(
        await ext.extensionRequests(),
        [],
        'the extension made no request of its own',
      );
    });
  },
);
