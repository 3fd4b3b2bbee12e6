// Screens a person sees, in both languages and both colour schemes, after real use: ChatGPT sends
// and one generated image through the built extension. Screenshots go to tests/e2e/artifacts/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  launchWithExtension,
  waitForBadge,
  routeFlow,
  sendOnChatgpt,
} from './support/chromium.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import { ARTIFACTS } from './support/paths.mjs';

const SCREENS = [
  { language: 'en', scheme: 'light', today: 'Today', settings: 'AI Footprint settings' },
  { language: 'en', scheme: 'dark', today: 'Today', settings: 'AI Footprint settings' },
  { language: 'nl', scheme: 'light', today: 'Vandaag', settings: 'AI Footprint-instellingen' },
  { language: 'nl', scheme: 'dark', today: 'Vandaag', settings: 'AI Footprint-instellingen' },
];

describe('popup and options in en/nl, light/dark', { timeout: 120_000 }, () => {
  let ext;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ext = await launchWithExtension();
    await routeFlow(ext, chatgpt);
    const page = await sendOnChatgpt(
      ext,
      'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-00000000b001',
      ['Explain photosynthesis', 'Make it shorter', 'draw a tree'],
    );
    await waitForBadge(ext, '4');
    await page.close();
  });
  after(async () => ext?.close());

  for (const screen of SCREENS) {
    it(`${screen.language} ${screen.scheme}`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: screen.scheme });
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page.evaluate(async (language) => {
        const { settings = {} } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, language } });
      }, screen.language);
      await page.reload();
      await page.getByRole('tab', { name: screen.today }).waitFor();
      assert.equal(await page.getAttribute('[data-testid="today-prompts"]', 'data-value'), '3');
      assert.equal(await page.getAttribute('[data-testid="today-images"]', 'data-value'), '1');
      await page.setViewportSize({ width: 320, height: 600 });
      await page.screenshot({
        path: join(ARTIFACTS, `popup-${screen.language}-${screen.scheme}.png`),
        fullPage: true,
      });

      if (screen.scheme === 'light') {
        // Events the full waiting room lost: the popup says how many until the user has seen it.
        await page.evaluate(() =>
          chrome.storage.session.set({ droppedEvents: { count: 3, since: Date.now() } }),
        );
        await page.reload();
        const note = page.getByTestId('dropped-events');
        await note.waitFor();
        assert.match(await note.innerText(), /3/);
        await page.screenshot({
          path: join(ARTIFACTS, `popup-lost-${screen.language}.png`),
          fullPage: true,
        });
        await page.getByTestId('dropped-seen').click();
        await note.waitFor({ state: 'detached' });
        await page.reload();
        await page.getByRole('tab', { name: screen.today }).waitFor();
        assert.equal(await page.getByTestId('dropped-events').count(), 0, 'seen stays seen');
      }

      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await page.getByRole('heading', { name: screen.settings }).waitFor();
      await page.setViewportSize({ width: 900, height: 700 });
      await page.screenshot({
        path: join(ARTIFACTS, `options-${screen.language}-${screen.scheme}.png`),
        fullPage: true,
      });
      await page.close();
    });
  }
});
