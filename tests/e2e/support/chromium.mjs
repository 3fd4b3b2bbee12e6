import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { waitForBadgeText } from './driver.mjs';
import { figureValues } from './in-page.mjs';
import { builtExtension } from './paths.mjs';
import { siteResponse } from './routes.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every test browser: no sandbox (containers), no GPU, nothing phoning home. */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The same Chromium without any extension (the benchmark's baseline). */
export function launchWithoutExtension() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}

/**
 * Launches Debian's Chromium with the built extension (or the unpacked one in `extensionDir`) on a
 * fresh profile (or `userDataDir` to reuse one). Records every request the extension itself makes (it
 * must make none).
 */
export async function launchWithExtension({ userDataDir, extensionDir } = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'aifp-e2e-'));
  const extension = extensionDir ?? builtExtension('chrome-mv3');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...BROWSER_ARGS,
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionRequests = [];
  context.on('request', (request) => {
    let origin;
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      origin = request.serviceWorker()?.url() ?? '';
    }
    const url = request.url();
    if (
      origin.startsWith(`chrome-extension://${extensionId}`) &&
      !/^(chrome-extension|data|blob):/.test(url)
    ) {
      extensionRequests.push(url);
    }
  });
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    userDataDir: dir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For one describe block: launches the built extension before its tests with `flows` routed into it
 * and closes it after them. `onLaunch` receives the launched extension.
 */
export function extensionPerSuite(flows, onLaunch) {
  let ext;
  before(async () => {
    ext = await launchWithExtension();
    for (const flow of flows) await routeFlow(ext, flow);
    onLaunch(ext);
  });
  after(async () => ext?.close());
}

/** The toolbar badge text, read from the extension's service worker. */
export function badgeText(ext) {
  return ext.worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Waits until the badge shows `text` (see ExtensionDriver in driver.mjs). */
export const waitForBadge = (ext, text, timeout) => waitForBadgeText(badgeText, ext, text, timeout);

/** Opens the popup page and returns the `data-value` of every figure it shows. */
export async function readPopup(ext) {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForSelector('[data-testid="today-prompts"]');
  const values = await popup.$$eval('[data-testid][data-value]', figureValues);
  return { popup, values };
}

export { storedEvents } from './driver.mjs';

/**
 * Waits until the extension's content script runs in `page` (its isolated world appears), so a test
 * never types before the extension listens.
 */
export async function waitForContentScript(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const seen = new Promise((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}` || context.name === 'AI Footprint')
        resolve();
    });
  });
  await cdp.send('Runtime.enable');
  await Promise.race([
    seen,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('content script never ran')), 10_000),
    ),
  ]);
  await cdp.detach();
}

/** Stops the extension's service worker the way Chrome does when idle, and waits until it is stopped. */
export async function stopServiceWorker(ext, page) {
  const cdp = await ext.context.newCDPSession(page);
  const statuses = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`))
        statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Something may wake it again at once; what matters is that it was stopped.
  const deadline = Date.now() + 10_000;
  while (!statuses.includes('stopped') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
  if (!statuses.includes('stopped'))
    throw new Error(`service worker did not stop (${statuses.join(' → ')})`);
}

/**
 * Serves every origin of a site flow (tests/sites/<site>/<site>.flow.mjs) from its captured page, test
 * double and API stubs; `options` (fixture, sendStatus, config) replace any earlier routing. The API
 * stubs also get the request's `body`, so an image prompt can get an image answer.
 */
export async function routeFlow(ext, flow, options = {}) {
  await flow.routeSockets?.(ext.context);
  for (const origin of flow.origins) {
    await ext.context.unroute(`${origin}/**`).catch(() => {});
    await ext.context.route(`${origin}/**`, (route) =>
      route.fulfill(
        siteResponse(flow, route.request().url(), route.request().method(), {
          ...options,
          body: route.request().postData() ?? undefined,
        }),
      ),
    );
  }
}

/**
 * Opens `url` in a new tab whose requests to the flow's origins are answered over CDP (the Fetch
 * domain) instead of Playwright's routing, which sends the next hop of a fulfilled redirect of a
 * navigation to the network. Use it for sites whose form posts answer with a redirect (Bing).
 */
export async function openPageRoutedOverCdp(ext, flow, url) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  cdp.on('Fetch.requestPaused', async ({ requestId, request }) => {
    const answer = siteResponse(flow, request.url, request.method, { body: request.postData });
    const headers = Object.entries({ 'content-type': answer.contentType, ...answer.headers });
    await cdp
      .send('Fetch.fulfillRequest', {
        requestId,
        responseCode: answer.status,
        responseHeaders: headers.map(([name, value]) => ({ name, value })),
        body: Buffer.from(answer.body ?? '').toString('base64'),
      })
      .catch(() => {}); // the tab closed meanwhile
  });
  await cdp.send('Fetch.enable', {
    patterns: flow.origins.map((origin) => ({ urlPattern: `${origin}/*` })),
  });
  await page.goto(url);
  await waitForContentScript(page, ext.extensionId);
  return page;
}

/** Opens `url` in a new tab and waits until the extension's content script runs there. */
export async function openSitePage(ext, url) {
  const page = await ext.context.newPage();
  await page.goto(url);
  await waitForContentScript(page, ext.extensionId);
  return page;
}

/** Uses ChatGPT as a person would: sends each text with Enter on a conversation page. */
export async function sendOnChatgpt(ext, url, texts) {
  const page = await openSitePage(ext, url);
  for (const text of texts) {
    await page.click('#prompt-textarea');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  return page;
}

/**
 * Sends twice on a chat flow's open `page` as a person would: a text and Enter in the composer, then
 * a text and a click on the send button. Waits for the badge to say 1 and then 2 (counted from 0).
 */
export async function sendByEnterThenButton(ext, page, flow) {
  const type = async (text) => {
    await page.click(flow.composer);
    await page.keyboard.type(text);
  };
  await type('first question');
  await page.keyboard.press('Enter');
  await waitForBadge(ext, '1');
  await type('second question');
  await page.click(flow.sendButton);
  await waitForBadge(ext, '2');
}
