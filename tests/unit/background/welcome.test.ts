import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openWelcomeOnInstall } from '../../../src/background/welcome';
import { welcomeShownItem } from '../../../src/storage/items';

describe('welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on a first install, and never again', async () => {
    const openTab = vi.fn(async (_url: string) => undefined);
    await openWelcomeOnInstall({ reason: 'install' }, openTab);
    expect(openTab).toHaveBeenCalledTimes(1);
    expect(openTab.mock.calls[0]?.[0]).toMatch(/\/welcome\.html$/);
    expect(await welcomeShownItem.getValue()).toBe(true);

    // Chromium reports 'install' again when it reloads an unpacked build from the command line.
    await openWelcomeOnInstall({ reason: 'install' }, openTab);
    expect(openTab).toHaveBeenCalledTimes(1);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      const openTab = vi.fn(async (_url: string) => undefined);
      await openWelcomeOnInstall({ reason }, openTab);
      expect(openTab).not.toHaveBeenCalled();
    },
  );
});
