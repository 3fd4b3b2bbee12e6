import { browser } from 'wxt/browser';

/** What `runtime.onInstalled` tells; only a first install opens the welcome page. */
export interface InstallDetails {
  reason: string;
}

/**
 * Opens the welcome page once, when the extension is first installed: never on an update, a browser
 * update or a restart (the browser starts the worker then without an `install` reason).
 */
export async function openWelcomeOnInstall(
  details: InstallDetails,
  openTab: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
): Promise<void> {
  if (details.reason !== 'install') return;
  await openTab(browser.runtime.getURL('/welcome.html'));
}
