// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../src/settings/settings';
import type { StorageProblem } from '../../../src/storage/items';
import type { DayRollup, ModeDayRollup, ModeTotal, SiteTotal } from '../../../src/storage/schema';
import { IDBFactory } from 'fake-indexeddb';
import { openFootprintDb } from '../../../src/storage/db';
import { recordEvent } from '../../../src/storage/events';
import { Popup } from '../../../src/ui/popup/Popup';
import { loadPopupData, type PopupData } from '../../../src/ui/popup/data';

afterEach(cleanup);

// Monday 23 November 2026, noon. happy-dom's browser locale is en-US, whose week starts on Sunday.
const NOW = new Date(2026, 10, 23, 12).getTime();
const row = (
  day: string,
  kind: 'prompt' | 'image',
  count: number,
  site = 'chatgpt',
): DayRollup => ({ day, site, kind, count });
// What the loader reads: this week's rollups up to today, and the all-time totals (which also hold
// days before this week, such as Claude's 10 prompts on 1 November).
const days = [
  row('2026-11-23', 'prompt', 10),
  row('2026-11-23', 'image', 2),
  row('2026-11-22', 'prompt', 240), // Sunday: this week in en-US
];
const totals: SiteTotal[] = [
  { site: 'chatgpt', kind: 'prompt', count: 250 },
  { site: 'chatgpt', kind: 'image', count: 2 },
  { site: 'claude', kind: 'prompt', count: 10 },
];
// Of today's 10 ChatGPT prompts, 2 used reasoning and 1 deep research; 7 are of unknown mode.
const modeDays: ModeDayRollup[] = [
  { day: '2026-11-23', site: 'chatgpt', mode: 'reasoning', count: 2 },
  { day: '2026-11-23', site: 'chatgpt', mode: 'deep-research', count: 1 },
  { day: '2026-11-23', site: 'chatgpt', mode: 'unknown', count: 7 },
  { day: '2026-11-22', site: 'chatgpt', mode: 'reasoning', count: 4 },
];
const modeTotals: ModeTotal[] = [
  { site: 'chatgpt', mode: 'reasoning', count: 6 },
  { site: 'chatgpt', mode: 'deep-research', count: 1 },
];
const data =
  (settings: Partial<UserSettings> = {}): (() => Promise<PopupData>) =>
  async () => ({
    days,
    totals,
    modeDays,
    modeTotals,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  });
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));

describe('popup', () => {
  it("shows today's counts and footprint under the Dutch report preset, with range and equivalents", async () => {
    render(<Popup load={data()} now={NOW} language="en" />);
    await waitFor(() => expect(value('today-prompts')).toBe(10));
    expect(value('today-images')).toBe(2);
    expect(value('today-wh')).toBe(10 * 4 + 2 * 8.5);
    expect(value('today-co2')).toBeCloseTo(10 * 1 + 2 * 2.1);
    expect(value('today-water')).toBe(10 * 16 + 2 * 34);
    expect(screen.getByTestId('today-wh').textContent).toBe('57 Wh');
    expect(screen.getByTestId('today-wh').getAttribute('data-low')).toBe(
      String(10 * 0.24 + 2 * 0.63),
    );
    const panel = screen.getByRole('tabpanel', { name: 'Today' });
    expect(panel.textContent).toContain('≈ 4.4 phone charges'); // 57 Wh / 13 Wh
    expect(panel.textContent).toContain('≈ 95.3 m by petrol car'); // 14.2 g / 149 g/km
    expect(panel.textContent).toContain('≈ 1.4 small glasses of water'); // 228 ml / 160 ml
    expect(panel.textContent).toContain('range 3.66 Wh–63 Wh');
    expect(screen.getByTestId('today-site-chatgpt').textContent).toBe(
      'ChatGPT 10 prompts · 2 images',
    );
    expect(screen.getByText(/upper-end 2022–23 estimate/)).toBeTruthy();
  });

  it('switches between today, this week and all time, by mouse and arrow keys', async () => {
    render(<Popup load={data()} now={NOW} language="en" />);
    const week = await screen.findByRole('tab', { name: 'This week' });
    expect(value('week-prompts')).toBe(250);
    expect(value('total-prompts')).toBe(260);
    expect(value('total-wh')).toBe(260 * 4 + 2 * 8.5);
    expect(screen.getByRole('tabpanel', { name: 'Today' }).hidden).toBe(false);
    fireEvent.click(week);
    expect(week.getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('panel-today')!.hidden).toBe(true);
    expect(document.getElementById('panel-week')!.hidden).toBe(false);
    fireEvent.keyDown(week, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'All time' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByTestId('total-site-claude').textContent).toContain('10 prompts');
  });

  it('recomputes everything under another preset and region', async () => {
    render(
      <Popup
        load={data({ presetId: 'disclosures-2025', regionId: 'fr' })}
        now={NOW}
        language="en"
      />,
    );
    await waitFor(() => expect(value('today-wh')).toBeCloseTo(10 * 0.34 + 2 * 2.9));
    expect(value('today-co2')).toBeCloseTo(((10 * 0.34 + 2 * 2.9) / 1000) * 44.2);
    expect(screen.getByText(/2025 figures/)).toBeTruthy();
  });

  it('counts the prompts that used reasoning or deep research per period, and costs them per mode', async () => {
    render(<Popup load={data({ presetId: 'per-model-2026' })} now={NOW} language="en" />);
    await waitFor(() => expect(value('today-reasoning')).toBe(3));
    expect(value('week-reasoning')).toBe(7);
    expect(value('total-reasoning')).toBe(7);
    expect(screen.getByTestId('today-reasoning').textContent).toBe(
      '3 with thinking or deep research',
    );
    // 2 × 3.91 + 1 × 7.05 + 7 unknown × 0.31, and 2 images × 2.9 Wh.
    expect(value('today-wh')).toBeCloseTo(2 * 3.91 + 7.05 + 7 * 0.31 + 2 * 2.9);
    expect(screen.getByText(/Per model and mode: a thinking answer/)).toBeTruthy();
  });

  it('speaks Dutch with Dutch number formatting when the setting says so', async () => {
    render(<Popup load={data({ language: 'nl' })} now={NOW} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Vandaag' })).toBeTruthy());
    expect(screen.getByTestId('total-prompts').textContent).toBe('260');
    expect(screen.getByTestId('total-wh').textContent).toBe('1,06 kWh');
    expect(screen.getByRole('tabpanel', { name: 'Vandaag' }).textContent).toContain(
      'keer een telefoon opladen',
    );
    // The page's language, not only the popup's <main>: the HTML file says "en".
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  });

  it('starts this week on Monday in Dutch, whatever the browser region (en-US: Sunday)', async () => {
    render(<Popup load={data({ language: 'nl' })} now={NOW} />);
    await waitFor(() => expect(value('week-prompts')).toBe(10)); // Sunday's 240 were last week
    cleanup();
    render(<Popup load={data({ language: 'en' })} now={NOW} />);
    await waitFor(() => expect(value('week-prompts')).toBe(250));
  });

  it('opens the settings', async () => {
    const openOptions = vi.fn(async () => {});
    render(<Popup load={data()} openOptions={openOptions} now={NOW} language="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing was counted yet', async () => {
    render(
      <Popup
        load={async () => ({
          days: [],
          totals: [],
          modeDays: [],
          modeTotals: [],
          settings: DEFAULT_SETTINGS,
        })}
        now={NOW}
        language="en"
      />,
    );
    await waitFor(() => expect(screen.getByText(/No AI use counted today/)).toBeTruthy());
    expect(value('today-wh')).toBe(0);
  });

  it('shows a clear message instead of figures when storage cannot be read', async () => {
    render(
      <Popup
        load={() => Promise.reject(new Error('QuotaExceededError'))}
        now={NOW}
        language="en"
      />,
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('QuotaExceededError'),
    );
    expect(screen.queryByTestId('today-prompts')).toBeNull();
  });

  const problem = (reason: StorageProblem['reason'], waiting: number): StorageProblem => ({
    reason,
    since: NOW - 60_000,
    waiting: Array.from({ length: waiting }, (_, i) => ({
      id: i.toString(16).padStart(32, '0'),
      site: 'chatgpt',
      kind: 'prompt',
      trigger: 'send',
      at: NOW - 1000,
      source: 'dom',
    })),
  });

  it('says that storage is full and how many uses wait, above the figures it could read', async () => {
    render(
      <Popup
        load={data()}
        loadStorageProblem={async () => problem('quota', 3)}
        now={NOW}
        language="en"
      />,
    );
    const alert = await screen.findByTestId('storage-problem');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'Your browser’s storage is full, so 3 prompts or images could not be saved yet. They are kept until the browser closes and saved as soon as there is space: free some disk space.',
    );
    await waitFor(() => expect(value('today-prompts')).toBe(10));
  });

  it('says in Dutch that the database does not work, even when nothing can be read', async () => {
    render(
      <Popup
        load={() => Promise.reject(new DOMException('Internal error.', 'UnknownError'))}
        loadStorageProblem={async () => problem('unavailable', 1)}
        now={NOW}
        language="nl"
      />,
    );
    expect((await screen.findByTestId('storage-problem')).textContent).toBe(
      'De database van de browser werkt niet. Nog niet opgeslagen: 1 prompt of afbeelding. Ze worden vastgehouden tot je de browser sluit en opgeslagen zodra de database weer werkt. Vaak helpt het om de browser opnieuw te starten.',
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
  });

  it('shows how many uses a full waiting room lost until the user has seen it', async () => {
    const markSeen = vi.fn(async () => {});
    render(
      <Popup
        load={data()}
        loadStorageProblem={async () => null}
        loadDropped={async () => 12}
        markDroppedSeen={markSeen}
        now={NOW}
        language="en"
      />,
    );
    const note = await screen.findByTestId('dropped-events');
    expect(note.textContent).toBe(
      'While storage was failing, 12 prompts or images could not be kept because too many were already waiting. They are missing from your counts. Got it',
    );
    fireEvent.click(screen.getByTestId('dropped-seen'));
    await waitFor(() => expect(screen.queryByTestId('dropped-events')).toBeNull());
    expect(markSeen).toHaveBeenCalledTimes(1);
  });

  it('says in Dutch that one use was lost', async () => {
    render(
      <Popup
        load={data()}
        loadStorageProblem={async () => null}
        loadDropped={async () => 1}
        now={NOW}
        language="nl"
      />,
    );
    expect((await screen.findByTestId('dropped-events')).textContent).toBe(
      'Toen de opslag niet werkte, kon 1 prompt of afbeelding niet worden bewaard omdat er al te veel wachtten. Die ontbreekt in je tellingen. Begrepen',
    );
  });

  it('shows no storage message when all is well', async () => {
    render(
      <Popup
        load={data()}
        loadStorageProblem={async () => null}
        loadDropped={async () => 0}
        now={NOW}
        language="en"
      />,
    );
    await waitFor(() => expect(value('today-prompts')).toBe(10));
    expect(screen.queryByTestId('storage-problem')).toBeNull();
    expect(screen.queryByTestId('dropped-events')).toBeNull();
  });
});

describe('popup data', () => {
  it('reads only this week up to today (en-US: from Sunday), and all time from the totals', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openFootprintDb();
    const record = (id: string, at: Date, kind: 'prompt' | 'image' = 'prompt') =>
      recordEvent(db, {
        id: id.padEnd(32, '0'),
        site: 'chatgpt',
        kind,
        trigger: kind === 'image' ? 'image' : 'send',
        at: at.getTime(),
        source: 'dom',
      });
    await record('a', new Date(2025, 5, 1, 9)); // last year
    await record('b', new Date(2026, 10, 21, 23, 59)); // Saturday: last week
    await record('c', new Date(2026, 10, 22, 0, 1)); // Sunday: this week
    await record('d', new Date(2026, 10, 23, 8), 'image'); // today
    await record('e', new Date(2026, 10, 24, 8)); // tomorrow (another device's clock)
    db.close();

    const { days, totals, settings } = await loadPopupData(NOW);
    expect(days).toEqual([row('2026-11-22', 'prompt', 1), row('2026-11-23', 'image', 1)]);
    expect(totals).toEqual([
      { site: 'chatgpt', kind: 'image', count: 1 },
      { site: 'chatgpt', kind: 'prompt', count: 4 },
    ]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('on a Sunday in en-US also reads from Monday, where a Dutch page starts the week', async () => {
    globalThis.indexedDB = new IDBFactory();
    const db = await openFootprintDb();
    for (const [id, day] of [
      ['a', 15], // Sunday: before either week
      ['b', 16], // Monday: this week in Dutch
      ['c', 22], // Sunday, today: this week in en-US
    ] as const) {
      await recordEvent(db, {
        id: id.padEnd(32, '0'),
        site: 'chatgpt',
        kind: 'prompt',
        trigger: 'send',
        at: new Date(2026, 10, day, 9).getTime(),
        source: 'dom',
      });
    }
    db.close();
    const { days } = await loadPopupData(new Date(2026, 10, 22, 12).getTime());
    expect(days.map((r) => r.day)).toEqual(['2026-11-16', '2026-11-22']);
  });
});
