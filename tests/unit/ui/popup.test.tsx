// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/ui/popup/Popup';
import type { UsageSummary } from '../../../src/storage/events';

afterEach(cleanup);

const usage: UsageSummary = {
  prompts: 10,
  images: 2,
  bySite: [{ site: 'chatgpt', prompts: 10, images: 2 }],
};
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));

describe('popup', () => {
  it("shows today's counts and their footprint under the Dutch report preset", async () => {
    render(<Popup load={async () => usage} language="en" />);
    await waitFor(() => expect(value('today-prompts')).toBe(10));
    expect(value('today-images')).toBe(2);
    expect(value('today-wh')).toBe(10 * 4 + 2 * 8.5);
    expect(value('today-co2')).toBeCloseTo(10 * 1 + 2 * 2.1);
    expect(value('today-water')).toBe(10 * 16 + 2 * 34);
    expect(screen.getByTestId('today-wh').textContent).toBe('57 Wh');
    expect(screen.getByTestId('site-chatgpt').textContent).toBe('ChatGPT10 prompts · 2 images');
  });

  it('speaks Dutch with Dutch number formatting', async () => {
    render(
      <Popup
        load={async () => ({
          ...usage,
          prompts: 1000,
          bySite: [{ site: 'chatgpt', prompts: 1000, images: 2 }],
        })}
        language="nl"
      />,
    );
    await waitFor(() => expect(screen.getByText('Vandaag')).toBeTruthy());
    expect(screen.getByTestId('today-prompts').textContent).toBe('1.000');
    expect(screen.getByTestId('today-wh').textContent).toBe('4,02 kWh');
  });

  it('opens the settings', async () => {
    const openOptions = vi.fn(async () => {});
    render(<Popup load={async () => usage} openOptions={openOptions} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing was counted yet', async () => {
    render(<Popup load={async () => ({ prompts: 0, images: 0, bySite: [] })} language="en" />);
    await waitFor(() => expect(screen.getByText(/No AI use counted today/)).toBeTruthy());
    expect(value('today-wh')).toBe(0);
  });

  it('shows a clear message instead of figures when storage cannot be read', async () => {
    render(<Popup load={() => Promise.reject(new Error('QuotaExceededError'))} language="en" />);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('QuotaExceededError'),
    );
    expect(screen.queryByTestId('today-prompts')).toBeNull();
  });
});
