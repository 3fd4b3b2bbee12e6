import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  saveSettings,
} from '../../src/settings/settings';
import { settingsItem } from '../../src/storage/items';
import { disabledSites, isSiteEnabled, setSiteEnabled } from '../../src/settings/sites';
import { disabledSitesItem } from '../../src/storage/items';

beforeEach(() => fakeBrowser.reset());

describe('per-site on/off', () => {
  it('counts every site until one is switched off, and again when switched on', async () => {
    expect(await isSiteEnabled('chatgpt')).toBe(true);
    await setSiteEnabled('chatgpt', false);
    await setSiteEnabled('chatgpt', false);
    expect(await disabledSites()).toEqual(['chatgpt']);
    expect(await isSiteEnabled('chatgpt')).toBe(false);
    expect(await isSiteEnabled('claude')).toBe(true);
    await setSiteEnabled('chatgpt', true);
    expect(await isSiteEnabled('chatgpt')).toBe(true);
  });

  it('falls back to "all on" when the stored value is corrupt', async () => {
    await disabledSitesItem.setValue('chatgpt' as never);
    expect(await isSiteEnabled('chatgpt')).toBe(true);
  });
});

describe('user settings', () => {
  it('reads defaults when nothing is stored, and keeps good fields when one is corrupt', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      regionId: 'fr',
      presetId: 'no-such-preset',
      dailyBudget: -3,
    } as never);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, regionId: 'fr' });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a valid change and refuses an invalid one without saving anything', async () => {
    expect(
      await saveSettings({
        presetId: 'custom',
        custom: { promptWh: 1.5, imageWh: 3, videoWhPerSecond: 20 },
      }),
    ).toBeNull();
    expect((await loadSettings()).custom).toEqual({
      promptWh: 1.5,
      imageWh: 3,
      videoWhPerSecond: 20,
    });
    const issues = await saveSettings({
      regionId: 'de',
      custom: { promptWh: Number.NaN, imageWh: 1e9, videoWhPerSecond: 15 },
    });
    expect(issues?.map((i) => i.path.join('.'))).toEqual(['custom.promptWh', 'custom.imageWh']);
    expect((await loadSettings()).regionId).toBe('nl');
    expect(await saveSettings({ dailyBudget: 0 })).not.toBeNull();
    expect(await saveSettings({ dailyBudget: 20, weeklyBudget: null })).toBeNull();
  });
});
