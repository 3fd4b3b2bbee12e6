// Store screenshots from the built extension (`npm run store:screenshots` builds .output/chrome-mv3
// first): real sends with trusted input on ChatGPT, Claude and Gemini, served at their real URLs
// as the e2e tests serve them, then the popup, the weekly page and the options at 1280×800, in en
// and nl, to store/screenshots/<language>/. Not part of `npm test`.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchWithExtension,
  openSitePage,
  routeFlow,
  sendOnChatgpt,
  waitForBadge,
} from '../e2e/support/chromium.mjs';
import { builtExtension, ROOT } from '../e2e/support/paths.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import claude from '../sites/claude/claude.flow.mjs';
import gemini from '../sites/gemini/gemini.flow.mjs';

/** The stores' screenshot size (Chrome Web Store: 1280×800 or 640×400; AMO recommends it too). */
const SIZE = { width: 1280, height: 800 };
/** Per language, a text each screen shows once it is rendered in that language. */
const LANGUAGES = {
  en: { popup: 'Today', weekly: 'Weekly footprint', options: 'AI Footprint settings' },
  nl: { popup: 'Vandaag', weekly: 'Weekoverzicht', options: 'AI Footprint-instellingen' },
};
/** Chrome's largest popup; the popup page sizes itself within it. */
const POPUP_VIEWPORT = { width: 800, height: 600 };
const BRAND = '#1f6f5c';
const OUT = join(ROOT, 'store/screenshots');

/** A day of use: ChatGPT (3 prompts, one of which draws an image), Claude and Gemini (2 each). */
async function useSites(ext) {
  for (const flow of [chatgpt, claude, gemini]) await routeFlow(ext, flow);
  const page = await sendOnChatgpt(
    ext,
    'https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-00000000b003',
    ['Explain photosynthesis for a class of twelve-year-olds', 'Make it shorter', 'draw a tree'],
  );
  await waitForBadge(ext, '4');
  await page.close();
  let count = 4;
  for (const [flow, prompts] of [
    [claude, ['Give me three quiz questions about the water cycle', 'Now in Dutch']],
    [gemini, ['Summarise the causes of the French Revolution', 'And the consequences?']],
  ]) {
    const chat = await openSitePage(ext, flow.conversationUrl);
    for (const prompt of prompts) {
      await chat.click(flow.composer);
      await chat.keyboard.type(prompt);
      await chat.keyboard.press('Enter');
      await waitForBadge(ext, String(++count));
    }
    await chat.close();
  }
}

/**
 * Opens an extension page in `language`, light scheme, at `viewport`, once `ready` (a selector) is
 * visible and the page shows `text`, so a screen in the wrong language fails here.
 */
async function openInLanguage(ext, path, language, viewport, ready, text) {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.evaluate(async (choice) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, language: choice } });
  }, language);
  await page.reload();
  await page.locator(ready).first().waitFor();
  await page
    .getByText(text, { exact: false })
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {
      throw new Error(`${path} does not show "${text}": not in ${language}?`);
    });
  return page;
}

/** The popup as a person sees it under the toolbar, centred on a 1280×800 canvas. */
async function popupShot(ext, language, messages, path) {
  const page = await openInLanguage(
    ext,
    'popup.html',
    language,
    POPUP_VIEWPORT,
    '[data-testid="today-prompts"]',
    LANGUAGES[language].popup,
  );
  // The popup is its app's root element, as wide as Chrome would open it, and its full height.
  const popup = await page.locator('#app > *').first().screenshot();
  await page.close();
  const canvas = await ext.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<!doctype html><html lang="${language}"><body style="margin:0;
    width:${SIZE.width}px;height:${SIZE.height}px;display:flex;align-items:center;
    justify-content:center;gap:72px;font-family:system-ui,sans-serif;color:#fff;
    background:linear-gradient(135deg,${BRAND},#143f35)">
    <div style="max-width:420px"><h1 style="font-size:44px;margin:0 0 16px">${messages.extName}</h1>
    <p style="font-size:24px;line-height:1.4;margin:0">${messages.extDescription}</p></div>
    <img src="data:image/png;base64,${popup.toString('base64')}" style="max-height:${SIZE.height - 64}px;object-fit:cover;object-position:top;border-radius:10px;
    box-shadow:0 12px 40px rgb(0 0 0 / 0.35)"></body></html>`);
  await canvas.locator('img').evaluate((img) => img.decode());
  await canvas.screenshot({ path });
  await canvas.close();
}

/** A full extension page (weekly page, options) at 1280×800, from its top. */
async function pageShot(ext, language, page, ready, text, path) {
  const tab = await openInLanguage(ext, page, language, SIZE, ready, text);
  await tab.screenshot({ path });
  await tab.close();
}

/** `extName` and `extDescription` of the extension's own message catalogue for `language`. */
function storeTexts(extension, language) {
  const catalogue = JSON.parse(
    readFileSync(join(extension, '_locales', language, 'messages.json'), 'utf8'),
  );
  return { extName: catalogue.extName.message, extDescription: catalogue.extDescription.message };
}

const extension = builtExtension('chrome-mv3');
const ext = await launchWithExtension({ extensionDir: extension });
try {
  await useSites(ext);
  for (const [language, texts] of Object.entries(LANGUAGES)) {
    const dir = join(OUT, language);
    mkdirSync(dir, { recursive: true });
    await popupShot(ext, language, storeTexts(extension, language), join(dir, '1-popup.png'));
    await pageShot(
      ext,
      language,
      'footprint.html',
      '[data-testid="week-prompts"]',
      texts.weekly,
      join(dir, '2-weekly.png'),
    );
    await pageShot(ext, language, 'options.html', 'h1', texts.options, join(dir, '3-options.png'));
    console.log(`${dir}: 1-popup.png, 2-weekly.png, 3-options.png`);
  }
} finally {
  await ext.close();
}
