// What both browser drivers offer a test (chromium.mjs: playwright-core; firefox.mjs: puppeteer-core
// over WebDriver BiDi), and the parts they share. tests/unit/e2e-drivers.test.ts checks that each
// driver exports every function named here.
import { readAllEvents } from './in-page.mjs';

/**
 * The functions every browser driver exports, with the same meaning. `ext` is what the driver's
 * launch function returned (the two launches take different options, so they are not part of it).
 * @typedef {object} ExtensionDriver
 * @property {(ext: object) => Promise<string>} badgeText The toolbar badge text ('' at zero).
 * @property {(ext: object, text: string, timeout?: number) => Promise<void>} waitForBadge Waits
 *   until the badge shows `text`; throws with the last text it saw.
 * @property {(ext: object) => Promise<{ popup: object, values: Record<string, number> }>} readPopup
 *   Opens a fresh popup and reads the `data-value` of every figure; the caller closes `popup`.
 * @property {(page: object) => Promise<object[]>} storedEvents Every stored event, read from the
 *   extension's IndexedDB through an extension page.
 */

/** The names of ExtensionDriver's functions. */
export const DRIVER_FUNCTIONS = ['badgeText', 'waitForBadge', 'readPopup', 'storedEvents'];

/**
 * Waits until `badgeText(ext)` is `text` (events are written asynchronously); each driver's
 * `waitForBadge` is this with its own `badgeText`.
 */
export async function waitForBadgeText(badgeText, ext, text, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await badgeText(ext);
    if (last === text) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge stayed "${last}", expected "${text}"`);
}

/** Every stored event, read from the extension's IndexedDB through an extension page. */
export function storedEvents(page) {
  return page.evaluate(readAllEvents);
}
