// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../src/ui/options/Options';
import type { SiteRow } from '../../../src/ui/options/data';

afterEach(cleanup);

const rows: SiteRow[] = [
  { id: 'chatgpt', name: 'ChatGPT', enabled: true, health: { status: 'ok' } },
  {
    id: 'claude',
    name: 'Claude',
    enabled: false,
    health: { status: 'page-not-recognised', since: new Date(2026, 10, 20, 9, 30).getTime() },
  },
  {
    id: 'gemini',
    name: 'Gemini',
    enabled: true,
    health: { status: 'network-not-recognised', since: new Date(2026, 10, 21).getTime() },
  },
  { id: 'perplexity', name: 'Perplexity', enabled: true, health: { status: 'no-data' } },
];

describe('options: sites', () => {
  it('lists every site with its switch and a plain health line', async () => {
    render(<Options load={async () => rows} setEnabled={vi.fn(async () => {})} language="en" />);
    await waitFor(() => expect(screen.getByTestId('site-row-chatgpt')).toBeTruthy());
    expect((screen.getByLabelText('Count ChatGPT') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Count Claude') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('health-chatgpt').textContent).toBe('Recognised');
    expect(screen.getByTestId('health-claude').textContent).toBe(
      'Page layout not recognised since Nov 20, 2026, 9:30 AM: sends may be under-counted.',
    );
    expect(screen.getByTestId('health-gemini').textContent).toContain(
      'Send request not recognised since Nov 21, 2026',
    );
    expect(screen.getByTestId('health-perplexity').textContent).toBe('Nothing counted yet');
    expect(screen.getByTestId('sites-not-yet').textContent).toContain('Krea');
    expect(screen.getByTestId('sites-not-yet').textContent).toContain('images made in Meta AI');
  });

  it('switches a site off and on', async () => {
    const setEnabled = vi.fn(async () => {});
    render(<Options load={async () => rows} setEnabled={setEnabled} language="en" />);
    const chatgpt = (await screen.findByLabelText('Count ChatGPT')) as HTMLInputElement;
    fireEvent.click(chatgpt);
    await waitFor(() => expect(setEnabled).toHaveBeenCalledWith('chatgpt', false));
    await waitFor(() => expect(chatgpt.checked).toBe(false));
  });

  it('speaks Dutch', async () => {
    render(<Options load={async () => rows} setEnabled={vi.fn(async () => {})} language="nl" />);
    await waitFor(() =>
      expect(screen.getByTestId('health-claude').textContent).toContain(
        'Sinds 20 nov 2026, 09:30 wordt de opbouw van de pagina niet herkend',
      ),
    );
    expect(screen.getByLabelText('ChatGPT tellen')).toBeTruthy();
  });
});
