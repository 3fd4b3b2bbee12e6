// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../src/settings/settings';
import { SITES } from '../../../src/sites/registry';
import { makesOnlyImages } from '../../../src/sites/image-jobs';
import { Welcome } from '../../../src/ui/welcome/Welcome';

afterEach(cleanup);

const withLanguage = (language: UserSettings['language']) => async () => ({
  ...DEFAULT_SETTINGS,
  language,
});

describe('welcome page', () => {
  it('names every site where it counts, chat sites and image sites apart', async () => {
    render(<Welcome loadSettings={withLanguage('en')} saveSettings={vi.fn(async () => null)} />);
    await waitFor(() =>
      expect(screen.getByTestId('welcome-preset-dutch-report-2024')).toBeTruthy(),
    );
    const chat = screen.getByTestId('welcome-chat-sites').textContent ?? '';
    const images = screen.getByTestId('welcome-image-sites').textContent ?? '';
    for (const site of SITES) {
      expect(makesOnlyImages(site) ? images : chat, site.name).toContain(site.name);
    }
    expect(chat).toMatch(/^Prompts on ChatGPT, .* and .*\.$/);
    expect(images).not.toContain('ChatGPT');
  });

  it('shows the preset in use and saves another in one click, and the region in one more', async () => {
    const save = vi.fn(async () => null);
    render(<Welcome loadSettings={withLanguage('en')} saveSettings={save} />);
    const dutch = (await screen.findByTestId(
      'welcome-preset-dutch-report-2024',
    )) as HTMLInputElement;
    expect(dutch.checked).toBe(true);
    fireEvent.click(screen.getByTestId('welcome-preset-disclosures-2025'));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ presetId: 'disclosures-2025' }));
    fireEvent.change(screen.getByTestId('welcome-region'), { target: { value: 'de' } });
    await waitFor(() => expect(save).toHaveBeenCalledWith({ regionId: 'de' }));
    expect(screen.getByTestId('welcome-status').textContent).toBe('Saved.');
    expect(
      (screen.getByTestId('welcome-preset-disclosures-2025') as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('says when a choice could not be saved', async () => {
    render(
      <Welcome
        loadSettings={withLanguage('en')}
        saveSettings={vi.fn(async () => Promise.reject(new Error('disk full')))}
      />,
    );
    fireEvent.click(await screen.findByTestId('welcome-preset-disclosures-2025'));
    await waitFor(() =>
      expect(screen.getByTestId('welcome-status').textContent).toBe('Not saved: Error: disk full'),
    );
  });

  it('speaks Dutch when Dutch is chosen, and sets the document language', async () => {
    render(<Welcome loadSettings={withLanguage('nl')} saveSettings={vi.fn(async () => null)} />);
    await screen.findByText('Welkom bij AI Footprint');
    expect(screen.getByTestId('welcome-chat-sites').textContent).toMatch(/^Prompts op .* en .*\.$/);
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(document.title).toBe('Welkom bij AI Footprint');
  });
});
