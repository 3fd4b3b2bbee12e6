import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  disabledSites,
  disabledSitesItem,
  isSiteEnabled,
  setSiteEnabled,
} from '../../src/settings/sites';

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
