import { browser } from 'wxt/browser';
import { welcomeShownItem } from '../storage/items';

/** What `runtime.onInstalled` tells; only a first install opens the welcome page. */
export interface InstallDetails {
  reason: string;
}

/**
 * Opens the welcome page once, when the extension is first installed: never on an update, a browser
 * update or a restart. Chromium also reports `install` when it loads an unpacked build from the
 * command line again, so the page opens only if it never opened before in this profile.
 */
export async function openWelcomeOnInstall(
  details: InstallDetails,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  shown = welcomeShownItem,
): Promise<void> {
  if (details.reason !== 'install' || (await shown.getValue())) return;
  await shown.setValue(true);
  await openTab(browser.runtime.getURL('/welcome.html'));
}
