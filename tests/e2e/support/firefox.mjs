// Drives Debian's firefox-esr with puppeteer-core over WebDriver BiDi (docs: docs/reliability.md#firefox-in-the-tests).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chatgptResponse } from './chatgpt-routes.mjs';
import { waitForBadgeText } from './driver.mjs';
import { figureValues } from './in-page.mjs';
import { builtExtension, ROOT } from './paths.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');
/** Which build to test: firefox-mv2 (default) or firefox-mv3. */
export const TARGET = process.env.FF_TARGET ?? 'firefox-mv2';
/** Pinned moz-extension host, so the test knows the popup's URL (random per profile otherwise). */
export const EXTENSION_UUID = '5d0c8a51-3f2e-4b7a-9c61-2e8f4d7b1a93';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** MV3 event page idle timeout for the tests (Firefox's default is 30 s). */
export const IDLE_TIMEOUT_MS = 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Launches headless firefox-esr with the `target` build installed as a temporary add-on.
 *
 * Requests made by the extension itself are recorded through the browser's chrome (parent process)
 * scope, which BiDi exposes because of `--remote-allow-system-access`: an `http-on-opening-request`
 * observer sees every HTTP(S) channel of every process, and keeps those whose triggering principal is
 * the extension's origin — its background/event page and extension pages (principal
 * moz-extension://UUID) and its content scripts' own fetch/XHR/DOM loads (an expanded principal that
 * lists moz-extension://UUID). Not attributable: requests a content script makes *as the page*
 * (`content.fetch`, `window.wrappedJSObject.fetch`, a `<script>` it injects into the page), which carry
 * the page's principal. BiDi network events alone are not enough: Firefox reports no events for the
 * background page or for content-script requests (checked with a probe extension).
 *
 * A temporary add-on is uninstalled, with its data, when the browser quits. To test a restart, pass a
 * `profile` directory and `install: 'permanent'` (the build packed with `packFirefoxBuild`; ESR lets
 * unsigned add-ons be installed for good), then launch again on that profile with `install: 'none'`.
 */
export async function launchFirefox({ target = TARGET, profile, install = 'temporary' } = {}) {
  // FF_EXTENSION_DIR: test another copy of the `target` build (e.g. a patched one) instead of .output.
  const extension = process.env.FF_EXTENSION_DIR ?? builtExtension(target);
  const geckoId = geckoIdOf(extension);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(profile && { userDataDir: profile }),
    // Without it BiDi refuses to navigate to moz-extension:// and hides the chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      ...(target.endsWith('mv3') && { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS }),
      ...(install === 'permanent' && { 'xpinstall.signatures.required': false }),
    },
  });
  try {
    const chrome = await chromeScope(browser);
    await chrome.evaluate(`(() => {
      const log = (globalThis.__aifpExtensionRequests = []);
      globalThis.__aifpAllRequests = 0;
      const origin = ${JSON.stringify(EXTENSION_ORIGIN)};
      // Plain (background, extension pages) or expanded (content script) principal.
      const fromExtension = (p) => !!p && p.origin.includes(origin);
      Services.obs.addObserver({
        observe(subject) {
          try {
            globalThis.__aifpAllRequests++;
            const channel = subject.QueryInterface(Ci.nsIHttpChannel);
            const { triggeringPrincipal, loadingPrincipal } = channel.loadInfo;
            if (fromExtension(triggeringPrincipal) || fromExtension(loadingPrincipal))
              log.push(channel.requestMethod + ' ' + channel.URI.spec);
          } catch (error) {
            log.push('unreadable request: ' + error);
          }
        },
      }, 'http-on-opening-request');
      return true;
    })()`);
    if (install !== 'none') {
      const id =
        install === 'permanent'
          ? await installPermanently(browser, await packFirefoxBuild(extension))
          : await browser.installExtension(extension);
      if (id !== geckoId) throw new Error(`installed "${id}", expected "${geckoId}"`);
    }
    await chrome.evaluate(`(async () => {
      // At a start on a profile that has it installed, the add-on may still be starting up.
      let policy;
      while (!(policy = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}))?.extension)
        await new Promise((r) => setTimeout(r, 50));
      const extension = policy.extension;
      const counts = (globalThis.__aifpBackground = { starts: 0, suspends: 0 });
      extension.on('background-script-started', () => counts.starts++);
      extension.on('background-script-suspend', () => counts.suspends++);
      return true;
    })()`);

    let extensionPage;
    const ext = {
      browser,
      target,
      chrome,
      /** An extension page (popup.html) kept open for reading the badge and the database. */
      async extensionPage() {
        if (!extensionPage || extensionPage.isClosed()) {
          extensionPage = await openExtensionPage(browser, 'popup.html');
        }
        return extensionPage;
      },
      /** Closes the kept extension page (so no extension view is open). */
      async closeExtensionPage() {
        if (extensionPage && !extensionPage.isClosed()) await extensionPage.close();
        extensionPage = undefined;
      },
      /** HTTP(S) requests ("METHOD url") the extension made itself so far; see above for the limits. */
      async extensionRequests() {
        return JSON.parse(
          await chrome.evaluate('JSON.stringify(globalThis.__aifpExtensionRequests)'),
        );
      },
      /** How many HTTP(S) requests of anyone the recorder saw (> 0 shows it is live). */
      async observedRequestCount() {
        return chrome.evaluate('globalThis.__aifpAllRequests');
      },
      /** Firefox's state of the background page: starting, running, suspending or stopped. */
      async backgroundState() {
        return chrome.evaluate(
          `WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension.backgroundState`,
        );
      },
      /** How often the background started and was suspended since the install completed. */
      async backgroundLifecycle() {
        return JSON.parse(await chrome.evaluate('JSON.stringify(globalThis.__aifpBackground)'));
      },
      async close() {
        await browser.close();
      },
    };
    return ext;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The add-on id in a Firefox build's manifest (browser_specific_settings.gecko.id, wxt.config.ts). */
function geckoIdOf(dir) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id;
}

/** Packs a Firefox build directory into an .xpi (web-ext's own packer) and returns its path. */
export async function packFirefoxBuild(dir) {
  const artifacts = await mkdtemp(join(tmpdir(), 'aifp-xpi-'));
  await promisify(execFile)(
    WEB_EXT,
    ['build', '--source-dir', dir, '--artifacts-dir', artifacts, '--filename', 'build.xpi'],
    { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  return join(artifacts, 'build.xpi');
}

/**
 * Installs an .xpi for good (BiDi's Firefox extension `moz:permanent`) and deletes the file, which
 * Firefox has copied into the profile; returns the add-on id.
 */
async function installPermanently(browser, xpi) {
  try {
    const { result } = await browser.connection.send('webExtension.install', {
      extensionData: { type: 'archivePath', path: xpi },
      'moz:permanent': true,
    });
    return result.extension;
  } finally {
    await rm(dirname(xpi), { recursive: true, force: true });
  }
}

/**
 * Evaluation with the parent process's privileges (Services, WebExtensionPolicy). Firefox 153's BiDi
 * lists the browser window itself (`moz:scope: 'chrome'`, needs --remote-allow-system-access); ESR
 * 140's does not, so there it runs in an about:preferences tab, a parent-process page with the
 * system principal. Either way the observers it installs live as long as the browser.
 */
async function chromeScope(browser) {
  const { result } = await browser.connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const window = result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) {
    const page = await browser.newPage();
    await page.goto('about:preferences', { waitUntil: 'commit' });
    await waitInPage(page, "typeof Services === 'object'");
    return { evaluate: (expression) => page.evaluate(expression) };
  }
  return {
    async evaluate(expression) {
      const { result: answer } = await browser.connection.send('script.evaluate', {
        expression,
        target: { context: window.context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (answer.type === 'exception')
        throw new Error(`chrome scope: ${answer.exceptionDetails.text}`);
      return answer.result.value;
    },
  };
}

/**
 * Polls `expression` in the page's own realm until it is true. Puppeteer's waitForFunction and
 * waitForSelector run in a sandbox realm that Firefox ESR 140 does not give extension or
 * parent-process pages ("Waiting failed").
 */
async function waitInPage(page, expression, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`never true in ${page.url()}: ${expression}`);
    await sleep(50);
  }
}

/** Opens an extension page in a tab. Puppeteer never sees `load` for moz-extension:// pages. */
export async function openExtensionPage(browser, path) {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/${path}`, { waitUntil: 'commit' });
  await waitInPage(page, "document.readyState === 'complete'");
  return page;
}

/**
 * Opens `url` in a new tab whose requests are answered by `respond(url, method)` (a captured page, its
 * test double, API stubs); requests it does not answer are aborted so the test never touches the
 * network, and their URLs go to `page.blocked`. With `ownWindow` it opens in a window of its own:
 * Firefox hides a background tab and throttles its timers (a send there takes seconds), while
 * every window's tab stays visible, as side-by-side windows do for a person.
 */
export async function openSite(ext, url, respond, { ownWindow = false } = {}) {
  const page = await ext.browser.newPage(ownWindow ? { type: 'window' } : {});
  page.blocked = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const response = respond(request.url(), request.method());
    const answered = response
      ? request.respond({
          status: response.status,
          contentType: response.contentType,
          body: response.body,
        })
      : (page.blocked.push(request.url()), request.abort('blockedbyclient'));
    // A request the page dropped meanwhile (closed, navigated on) is gone: "no such request".
    answered.catch((error) => {
      if (!/no such request/.test(error.message)) throw error;
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Opens a chatgpt.com `url` served by `chatgptResponse(url, method, options)`, in a window of its own. */
export function openChatgpt(ext, url, options) {
  // Its own window keeps the chat visible while the badge is read from an extension tab: a hidden
  // tab's throttled timers delayed the page's signal past the network's (stored 'net' only, once).
  return openSite(
    ext,
    url,
    (requestUrl, method) =>
      requestUrl.startsWith('https://chatgpt.com/')
        ? chatgptResponse(requestUrl, method, options)
        : null,
    { ownWindow: true },
  );
}

/** The toolbar badge text ('' at zero), read through an extension page. */
export async function badgeText(ext) {
  const page = await ext.extensionPage();
  return page.evaluate(() => (browser.action ?? browser.browserAction).getBadgeText({}));
}

/** Waits until the badge shows `text` (see ExtensionDriver in driver.mjs). */
export const waitForBadge = (ext, text, timeout) => waitForBadgeText(badgeText, ext, text, timeout);

/**
 * Opens a fresh popup (it reads the database once, on open) and returns the `data-value` of every
 * figure it shows, as numbers. The caller closes `popup`.
 */
export async function readPopup(ext) {
  const popup = await openExtensionPage(ext.browser, 'popup.html');
  await waitInPage(popup, `!!document.querySelector('[data-testid="today-prompts"]')`);
  const values = await popup.$$eval('[data-testid][data-value]', figureValues);
  return { popup, values };
}

export { storedEvents } from './driver.mjs';

/** Waits until Firefox reports the background page in `state` (e.g. 'stopped' once suspended). */
export async function waitForBackgroundState(ext, state, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await ext.backgroundState();
    if (last === state) return;
    await sleep(100);
  }
  throw new Error(`background stayed "${last}", expected "${state}"`);
}
