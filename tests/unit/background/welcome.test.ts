import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openWelcomeOnInstall } from '../../../src/background/welcome';

describe('welcome page on install', () => {
  it('opens the welcome page once on a first install', async () => {
    fakeBrowser.reset();
    const openTab = vi.fn(async () => undefined);
    await openWelcomeOnInstall({ reason: 'install' }, openTab);
    expect(openTab).toHaveBeenCalledTimes(1);
    expect(openTab.mock.calls[0]?.[0]).toMatch(/\/welcome\.html$/);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      const openTab = vi.fn(async () => undefined);
      await openWelcomeOnInstall({ reason }, openTab);
      expect(openTab).not.toHaveBeenCalled();
    },
  );
});
