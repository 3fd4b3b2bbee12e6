// End-to-end: the welcome page opens once, on install, and never again by itself: not after the
// extension is updated and not after the browser restarts on the same profile.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { launchWithExtension } from './support/chromium.mjs';
import { ARTIFACTS, builtExtension } from './support/paths.mjs';

const quiet = (ms) => new Promise((r) => setTimeout(r, ms));
const welcomePages = (ext) => ext.context.pages().filter((p) => p.url().endsWith('/welcome.html'));

/** The stored settings, read in the extension's service worker. */
const storedSettings = (ext) =>
  ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

async function waitForWelcome(ext, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const pages = welcomePages(ext);
    if (pages.length > 0) return pages;
    await quiet(100);
  }
  throw new Error('no welcome page opened');
}

async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
}

describe('welcome page in Chromium', { timeout: 120_000 }, () => {
  let ext;
  // A copy of the build, so the update test can raise its version without touching .output.
  const extensionDir = mkdtempSync(join(tmpdir(), 'aifp-welcome-ext-'));
  cpSync(builtExtension('chrome-mv3'), extensionDir, { recursive: true });
  after(async () => {
    await ext?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('opens once on install, and its two-click choice is saved', async () => {
    ext = await launchWithExtension({ extensionDir });
    const [page, ...more] = await waitForWelcome(ext);
    assert.equal(more.length, 0, 'one welcome page');
    await page.waitForSelector('[data-testid="welcome-preset-dutch-report-2024"]');
    assert.equal(await page.locator('h1').textContent(), 'Welcome to AI Footprint');
    assert.match(await page.getByTestId('welcome-chat-sites').textContent(), /ChatGPT.*Claude/);
    assert.match(await page.getByTestId('welcome-image-sites').textContent(), /Midjourney/);
    assert.equal(await page.getByTestId('welcome-preset-dutch-report-2024').isChecked(), true);
    await screenshot(page, 'welcome-en.png');

    await page.getByText('2025 figures').click();
    await page.getByTestId('welcome-region').selectOption('de');
    await page.getByText('Saved.').waitFor();
    const settings = await storedSettings(ext);
    assert.equal(settings?.presetId, 'disclosures-2025');
    assert.equal(settings?.regionId, 'de');
  });

  it('speaks Dutch when Dutch is chosen, and links to the privacy policy', async () => {
    const [page] = welcomePages(ext);
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, language: 'nl' } });
    });
    await page.reload();
    await page.getByText('Welkom bij AI Footprint').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    await screenshot(page, 'welcome-nl.png');

    await page.getByTestId('welcome-privacy-link').click();
    await page.waitForURL(/\/privacy\.html$/);
    await page.getByRole('heading', { name: 'Privacy', level: 1 }).waitFor();
    assert.match(
      await page.getByTestId('privacy-policy').textContent(),
      /Er wordt niets verstuurd/,
    );
    await screenshot(page, 'privacy-nl.png');
  });

  it('opens nothing after a browser restart or an update', async () => {
    await ext.close({ keepProfile: true });
    ext = await launchWithExtension({ userDataDir: ext.userDataDir, extensionDir });
    await quiet(2_000);
    assert.equal(welcomePages(ext).length, 0, 'no welcome page after a restart');

    // An update: the same unpacked extension with a higher version, on the same profile.
    await ext.close({ keepProfile: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));
    ext = await launchWithExtension({ userDataDir: ext.userDataDir, extensionDir });
    assert.equal(await ext.worker.evaluate(() => chrome.runtime.getManifest().version), '99.0.0');
    await quiet(2_000);
    assert.equal(welcomePages(ext).length, 0, 'no welcome page after an update');
  });
});
