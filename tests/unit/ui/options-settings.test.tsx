// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  type UserSettings,
} from '../../../src/settings/settings';
import { settingsItem } from '../../../src/storage/items';
import { Options } from '../../../src/ui/options/Options';
import type { SiteRow } from '../../../src/ui/options/data';
import { parseDecimal } from '../../../src/ui/options/numbers';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const rows: SiteRow[] = [
  { id: 'chatgpt', name: 'ChatGPT', enabled: true, health: { status: 'ok' } },
];

type Save = (change: Partial<UserSettings>) => Promise<z.core.$ZodIssue[] | null>;

/** Renders the page on in-memory settings; `save` records every change it is asked to store. */
function renderOptions(stored: Partial<UserSettings> = {}, language: 'en' | 'nl' = 'en') {
  const save = vi.fn<Save>(async () => null);
  render(
    <Options
      load={async () => rows}
      setEnabled={vi.fn(async () => {})}
      language={language}
      loadSettings={async () => ({ ...DEFAULT_SETTINGS, ...stored })}
      saveSettings={save}
    />,
  );
  return save;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;

/** Types `text` into a field and leaves it, as a person does. */
function type(field: HTMLInputElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  fireEvent.change(field, { target: { value: text } });
}

/** The error shown for a field: the element its aria-describedby points at, with role=alert. */
function errorOf(field: HTMLInputElement): HTMLElement | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.role === 'alert');
  return error ?? null;
}

/** The texts a field's aria-describedby points at, in order (unit, hint, error). */
function describedBy(field: HTMLInputElement): string[] {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

describe('options: footprint assumptions', () => {
  it('shows the three presets with their meaning, and saves the one chosen', async () => {
    const save = renderOptions();
    const dutch = (await screen.findByRole('radio', {
      name: 'Dutch education report (2024)',
    })) as HTMLInputElement;
    expect(dutch.checked).toBe(true);
    expect(screen.getByTestId('preset-dutch-report-2024').textContent).toContain(
      'An upper-end estimate from 2022–23 measurements; the figures published in 2025 are 12 to 17 times lower for text and about 3 times lower for images.',
    );
    expect(screen.getByTestId('preset-dutch-report-2024').textContent).toContain(
      '4 Wh per prompt · 8.5 Wh per image',
    );
    expect(screen.getByTestId('preset-disclosures-2025').textContent).toContain(
      '0.24–0.34 Wh per prompt · 2.9 Wh per image',
    );

    fireEvent.click(screen.getByRole('radio', { name: '2025 figures' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ presetId: 'disclosures-2025' }));
    expect(save).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('radio', { name: '2025 figures' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(dutch.checked).toBe(false);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('lists every source with its year; linked ones open in a new tab without an opener', async () => {
    renderOptions();
    const card = await screen.findByTestId('preset-dutch-report-2024');
    const items = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toBe('Milieu-impact van AI in het onderwijs (2024)');
    expect(within(card).getAllByRole('link')).toHaveLength(3);
    const bloom = within(card).getByRole('link', {
      name: /^Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model \(2022\)/,
    });
    expect(bloom.getAttribute('href')).toBe('https://arxiv.org/abs/2211.02001');
    expect(bloom.getAttribute('target')).toBe('_blank');
    expect(bloom.getAttribute('rel')?.split(' ')).toContain('noopener');
    expect(bloom.textContent).toContain('(opens in a new tab)');

    const disclosures = screen.getByTestId('preset-disclosures-2025');
    expect(
      within(disclosures)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      'https://blog.samaltman.com/the-gentle-singularity',
      'https://arxiv.org/abs/2508.15734',
      'https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use',
      'https://arxiv.org/abs/2311.16863',
      'https://arxiv.org/abs/2304.03271',
    ]);
  });

  it('shows custom inputs only for the custom preset', async () => {
    const save = renderOptions();
    await screen.findByRole('radio', { name: 'Your own figures' });
    expect(screen.queryByLabelText('Energy per prompt')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Your own figures' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ presetId: 'custom' }));
    expect(input('Energy per prompt').value).toBe('0.3');
    expect(input('Energy per image').value).toBe('2.9');
  });

  it.each([
    ['abc', 'Enter a number, such as 0.3.'],
    ['-1', 'Enter 0 Wh or more.'],
    ['1e9', 'Enter 100 Wh or less.'],
    ['1e999', 'Enter 100 Wh or less.'],
    ['', 'Enter a number, such as 0.3.'],
  ])('refuses the custom factor "%s" with an error next to the field', async (text, message) => {
    const save = renderOptions({ presetId: 'custom' });
    const prompt = (await screen.findByLabelText('Energy per prompt')) as HTMLInputElement;
    type(prompt, text);
    await waitFor(() => expect(errorOf(prompt)?.textContent).toBe(message));
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    expect(prompt.value).toBe(text);
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('saves a valid custom factor, and the error goes once the value is valid again', async () => {
    const save = renderOptions({ presetId: 'custom' });
    const image = (await screen.findByLabelText('Energy per image')) as HTMLInputElement;
    type(image, '-1');
    await waitFor(() => expect(errorOf(image)).not.toBeNull());
    fireEvent.input(image, { target: { value: '1' } });
    await waitFor(() => expect(errorOf(image)).toBeNull());
    fireEvent.input(image, { target: { value: '12.5' } });
    fireEvent.change(image, { target: { value: '12.5' } });
    await waitFor(() =>
      expect(save).toHaveBeenLastCalledWith({ custom: { promptWh: 0.3, imageWh: 12.5 } }),
    );
    expect(save.mock.calls.map(([change]) => change)).toEqual([
      { custom: { promptWh: 0.3, imageWh: 1 } },
      { custom: { promptWh: 0.3, imageWh: 12.5 } },
    ]);
    expect(image.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByTestId('preset-custom').textContent).toContain(
      '0.3 Wh per prompt · 12.5 Wh per image',
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('saves the grid region and water location, each option showing its figure', async () => {
    const save = renderOptions();
    const region = (await screen.findByLabelText(
      'Datacenter region (electricity grid)',
    )) as HTMLSelectElement;
    expect(region.value).toBe('nl');
    expect([...region.options].map((o) => o.textContent)).toEqual([
      'Netherlands — 250 g CO₂/kWh',
      'Belgium — 117.6 g CO₂/kWh',
      'France — 44.2 g CO₂/kWh',
      'Germany — 342.1 g CO₂/kWh',
      'Ireland — 279.8 g CO₂/kWh',
      'Virginia (US) — 269 g CO₂/kWh',
      'United States — 383.6 g CO₂/kWh',
      'Singapore — 498.7 g CO₂/kWh',
      'EU average — 213 g CO₂/kWh',
      'World average — 472.9 g CO₂/kWh',
    ]);
    fireEvent.change(region, { target: { value: 'de' } });
    await waitFor(() => expect(save).toHaveBeenCalledWith({ regionId: 'de' }));
    expect(
      screen.getByText(
        /Sets the CO₂ per kWh of electricity\. Source: Ember 2024 \(life-cycle emissions\)$/,
      ),
    ).toBeTruthy();

    const water = select('Datacenter location (water)');
    expect(water.value).toBe('nl');
    expect(water.selectedOptions[0]?.textContent).toBe('Netherlands — 3.975 ml/Wh');
    expect([...water.options].find((o) => o.value === 'us-az')?.textContent).toBe(
      'Arizona (US) — 7.475 ml/Wh',
    );
    fireEvent.change(water, { target: { value: 'us-az' } });
    await waitFor(() => expect(save).toHaveBeenCalledWith({ waterLocationId: 'us-az' }));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('cites the sources of the region and water figures in Dutch on the Dutch page', async () => {
    renderOptions({}, 'nl');
    expect(
      await screen.findByText(
        'Bepaalt hoeveel CO₂ er per kWh stroom vrijkomt. Bron: Milieu-impact van AI in het onderwijs (2024), het cijfer waarvan het rapport uitgaat; Ember 2024 (levenscyclusemissies): 252,7',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/Bron: Li et al\. 2023, .*: 15,9 ml per antwoord van 4 Wh$/),
    ).toBeTruthy();
  });
});

describe('options: badge and budgets', () => {
  it('saves the badge metric, and budgets in its unit', async () => {
    const save = renderOptions({ dailyBudget: 20 });
    const daily = (await screen.findByLabelText('Daily budget')) as HTMLInputElement;
    expect(daily.value).toBe('20');
    expect(describedBy(daily)).toEqual(['prompts + images', 'Leave empty for no budget.']);
    expect(describedBy(input('Weekly budget'))[0]).toBe('prompts + images');
    expect(screen.getByText(/only colours the badge/).textContent).toBe(
      'A budget only colours the badge: green under it, amber when you get near, red over it. It never blocks anything.',
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Energy (Wh)' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ badgeMetric: 'wh' }));
    expect(describedBy(daily)).toEqual(['Wh', 'Leave empty for no budget.']);
    expect(describedBy(input('Weekly budget'))[0]).toBe('Wh');

    type(daily, '50');
    await waitFor(() => expect(save).toHaveBeenCalledWith({ dailyBudget: 50 }));
    type(input('Weekly budget'), '1,500');
    await waitFor(() => expect(save).toHaveBeenCalledWith({ weeklyBudget: 1500 }));
    type(daily, '');
    await waitFor(() => expect(save).toHaveBeenLastCalledWith({ dailyBudget: null }));
    expect(errorOf(daily)).toBeNull();
  });

  it('refuses a budget of 0 or less, or too large, and saves nothing', async () => {
    const save = renderOptions({ badgeMetric: 'co2' });
    const weekly = (await screen.findByLabelText('Weekly budget')) as HTMLInputElement;
    type(weekly, '0');
    await waitFor(() =>
      expect(errorOf(weekly)?.textContent).toBe(
        'Enter a number above 0, or leave the field empty for no budget.',
      ),
    );
    type(weekly, '2000000');
    await waitFor(() =>
      expect(errorOf(weekly)?.textContent).toBe('Enter 1,000,000 g CO₂ or less.'),
    );
    expect(save).not.toHaveBeenCalled();
  });
});

describe('options: language', () => {
  it('re-renders in Dutch at once when Dutch is chosen, and saves the choice', async () => {
    const save = renderOptions({ presetId: 'custom', custom: { promptWh: 0.5, imageWh: 2.9 } });
    const language = (await screen.findByLabelText(
      'Language of AI Footprint',
    )) as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent)).toEqual([
      'Browser default (English)',
      'English',
      'Nederlands',
    ]);
    fireEvent.change(language, { target: { value: 'nl' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
        'AI Footprint-instellingen',
      ),
    );
    expect(save).toHaveBeenCalledWith({ language: 'nl' });
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('heading', { name: 'Uitgangspunten voor de berekening' })).toBeTruthy();
    expect(
      screen.getByRole('radio', { name: 'Milieu-impact van AI in het onderwijs (2024)' }),
    ).toBeTruthy();
    expect(select('Regio van het datacenter (stroomnet)').options[1]?.textContent).toBe(
      'België — 117,6 g CO₂/kWh',
    );
    expect(input('Energie per prompt').value).toBe('0,5');
    expect(screen.getByLabelText('ChatGPT tellen')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wat er meetelt' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen'));
  });

  it('follows a stored language over the browser one, and reads Dutch decimals', async () => {
    const save = renderOptions({ language: 'nl', presetId: 'custom' }, 'en');
    const prompt = (await screen.findByLabelText('Energie per prompt')) as HTMLInputElement;
    type(prompt, '0,42');
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({ custom: { promptWh: 0.42, imageWh: 2.9 } }),
    );
    type(prompt, 'veel');
    await waitFor(() =>
      expect(errorOf(prompt)?.textContent).toBe('Vul een getal in, bijvoorbeeld 0,3.'),
    );
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('says what is counted and what is not', async () => {
    renderOptions();
    const scope = await screen.findByTestId('section-scope');
    expect(scope.textContent).toContain(
      'Training the models, making the hardware and your own device are out of scope.',
    );
    expect(scope.textContent).toContain(
      'Long “reasoning” answers can take from about 3.91 to more than 29 Wh each',
    );
    const sources = within(scope)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(sources.filter((href) => href?.startsWith('https://arxiv.org/'))).toEqual([
      'https://arxiv.org/abs/2509.20241v2',
      'https://arxiv.org/abs/2505.09598v6',
    ]);
    expect(within(scope).getAllByRole('link')).toHaveLength(4);
    expect(within(scope).getByTestId('welcome-link').getAttribute('href')).toBe('/welcome.html');
    expect(within(scope).getByTestId('privacy-link').getAttribute('href')).toBe('/privacy.html');
  });
});

describe('options: saving through storage', () => {
  it('falls back to defaults on a corrupt stored value and stores what is chosen', async () => {
    await settingsItem.setValue({ presetId: 'nope', regionId: 42 } as never);
    render(
      <Options
        load={async () => rows}
        setEnabled={vi.fn(async () => {})}
        language="en"
        loadSettings={loadSettings}
        saveSettings={saveSettings}
      />,
    );
    const region = (await screen.findByLabelText(
      'Datacenter region (electricity grid)',
    )) as HTMLSelectElement;
    expect(region.value).toBe('nl');
    expect(
      (screen.getByRole('radio', { name: 'Dutch education report (2024)' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.change(region, { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('radio', { name: 'CO₂ (g)' }));
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toEqual({
        ...DEFAULT_SETTINGS,
        regionId: 'fr',
        badgeMetric: 'co2',
      }),
    );
  });

  it('shows the issues saveSettings reports next to the field and keeps what is stored', async () => {
    const save = vi.fn<Save>(
      async () =>
        [
          {
            code: 'too_big',
            maximum: 1_000_000,
            origin: 'number',
            inclusive: true,
            path: ['dailyBudget'],
            message: '',
            input: 5,
          },
        ] as z.core.$ZodIssue[],
    );
    render(
      <Options
        load={async () => rows}
        setEnabled={vi.fn(async () => {})}
        language="en"
        loadSettings={async () => ({ ...DEFAULT_SETTINGS })}
        saveSettings={save}
      />,
    );
    const daily = (await screen.findByLabelText('Daily budget')) as HTMLInputElement;
    type(daily, '5');
    await waitFor(() =>
      expect(errorOf(daily)?.textContent).toBe('Enter 1,000,000 prompts + images or less.'),
    );
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['0.3', 'en', 0.3],
    ['0,3', 'en', 0.3],
    ['1,500', 'en', 1500],
    ['1.500', 'nl', 1500],
    ['1.5', 'nl', 1.5],
    ['1.000,25', 'nl', 1000.25],
    [' 12 ', 'en', 12],
    ['1e9', 'en', 1e9],
    ['', 'en', null],
    ['abc', 'en', NaN],
    ['1.2.3', 'en', NaN],
    ['0x10', 'en', NaN],
  ] as const)('reads "%s" in %s as %s', (text, language, expected) => {
    expect(parseDecimal(text, language)).toEqual(expected);
  });
});
