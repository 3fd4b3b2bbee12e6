// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import type { DayRollup, ModeDayRollup } from '../../../src/storage/schema';
import { parseWeekId, type Week } from '../../../src/storage/weeks';
import { chartSeries, summarizeWeek } from '../../../src/ui/footprint/aggregate';
import { FootprintPage } from '../../../src/ui/footprint/FootprintPage';

// A zone east of UTC, so that just after local midnight the UTC date is still the day before.
process.env.TZ = 'Europe/Amsterdam';

const W47 = parseWeekId('2026-W47', 1)!; // Mon 16 – Sun 22 Nov 2026
const row = (day: string, site: string, kind: 'prompt' | 'image', count: number): DayRollup => ({
  day,
  site,
  kind,
  count,
});
const ROWS = [
  row('2026-11-16', 'chatgpt', 'prompt', 10),
  row('2026-11-16', 'chatgpt', 'image', 2),
  row('2026-11-18', 'gemini', 'prompt', 5),
  row('2026-11-22', 'chatgpt', 'prompt', 3),
];
const PREVIOUS = [row('2026-11-10', 'chatgpt', 'prompt', 16)];
const TIMES = [
  new Date(2026, 10, 16, 9, 5).getTime(),
  new Date(2026, 10, 16, 14, 0).getTime(),
  new Date(2026, 10, 17, 14, 59).getTime(),
  new Date(2026, 10, 23, 14, 0).getTime(), // next week: ignored
];

describe('week aggregation', () => {
  it('totals, change vs last week, busiest hour, Dutch-report figures', () => {
    const s = summarizeWeek(W47, ROWS, PREVIOUS, TIMES, DEFAULT_SETTINGS);
    expect(s.usage.prompts).toBe(18);
    expect(s.usage.images).toBe(2);
    expect(s.footprint.wh).toBeCloseTo(18 * 4 + 2 * 8.5);
    expect(s.footprint.gco2).toBeCloseTo(18 * 1 + 2 * 2.1);
    expect(s.footprint.ml).toBeCloseTo(18 * 16 + 2 * 34);
    expect(s.changePct).toBeCloseTo(25); // 20 vs 16
    expect(s.busiestHour).toBe(14);
    expect(s.days.map((d) => d.prompts)).toEqual([10, 0, 5, 0, 0, 0, 3]);
    expect(summarizeWeek(W47, ROWS, [], [], DEFAULT_SETTINGS).changePct).toBeNull();
    expect(summarizeWeek(W47, [], [], [], DEFAULT_SETTINGS).busiestHour).toBeNull();
  });

  it('stacks by site or kind in any metric', () => {
    const bySite = chartSeries(W47, ROWS, 'site', 'count', DEFAULT_SETTINGS);
    expect(bySite.map((s) => s.key)).toEqual(['chatgpt', 'gemini']);
    expect(bySite[0]!.values).toEqual([12, 0, 0, 0, 0, 0, 3]);
    const byKindWh = chartSeries(W47, ROWS, 'kind', 'wh', DEFAULT_SETTINGS);
    expect(byKindWh[0]!.values).toEqual([40, 0, 20, 0, 0, 0, 12]);
    expect(byKindWh[1]!.values).toEqual([17, 0, 0, 0, 0, 0, 0]);
    const ml = chartSeries(W47, ROWS, 'kind', 'ml', DEFAULT_SETTINGS);
    expect(ml[1]!.values[0]).toBeCloseTo(68);
  });
});

// The same week with its prompts per mode (schema 4): chatgpt's 10 on Monday are 7 standard and 3
// thinking; gemini's 5 are of an unknown mode.
const modeRow = (day: string, site: string, mode: ModeDayRollup['mode'], count: number) => ({
  day,
  site,
  mode,
  count,
});
const MODE_ROWS = [
  modeRow('2026-11-16', 'chatgpt', 'standard', 7),
  modeRow('2026-11-16', 'chatgpt', 'reasoning', 3),
  modeRow('2026-11-18', 'gemini', 'unknown', 5),
  modeRow('2026-11-22', 'chatgpt', 'standard', 3),
];
const PER_MODEL = { ...DEFAULT_SETTINGS, presetId: 'per-model-2026' as const };

describe('week aggregation by mode', () => {
  it('stacks prompts by mode, then images; a thinking prompt costs more than 3 standard ones', () => {
    const counts = chartSeries(W47, ROWS, 'mode', 'count', PER_MODEL, MODE_ROWS);
    expect(counts.map((s) => s.key)).toEqual(['standard', 'reasoning', 'unknown', 'image']);
    expect(counts[0]!.values).toEqual([7, 0, 0, 0, 0, 0, 3]);
    expect(counts[1]!.values).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(counts[3]!.values).toEqual([2, 0, 0, 0, 0, 0, 0]);
    const [standard, reasoning] = chartSeries(W47, ROWS, 'mode', 'wh', PER_MODEL, MODE_ROWS);
    expect(reasoning!.values[0]! / 3).toBeGreaterThan(3 * (standard!.values[0]! / 7));
  });

  it('costs the week per mode under per-model-2026, and the same as before under the Dutch report', () => {
    const flat = summarizeWeek(W47, ROWS, PREVIOUS, TIMES, PER_MODEL);
    const perMode = summarizeWeek(W47, ROWS, PREVIOUS, TIMES, PER_MODEL, MODE_ROWS);
    expect(perMode.footprint.wh).toBeGreaterThan(flat.footprint.wh);
    expect(
      summarizeWeek(W47, ROWS, PREVIOUS, TIMES, DEFAULT_SETTINGS, MODE_ROWS).footprint.wh,
    ).toBe(summarizeWeek(W47, ROWS, PREVIOUS, TIMES, DEFAULT_SETTINGS).footprint.wh);
  });
});

afterEach(cleanup);

describe('weekly page by mode and model', () => {
  it('splits chart and table by mode, and names the model families beside each site', async () => {
    const load = async () => ({
      rows: ROWS,
      previousRows: PREVIOUS,
      eventTimes: TIMES,
      modeRows: MODE_ROWS,
      modelsBySite: { chatgpt: ['gpt-5', 'o3'] },
      settings: PER_MODEL,
    });
    const now = () => new Date(2026, 10, 20, 12).getTime();
    render(<FootprintPage load={load} now={now} language="nl" localeTag="nl-NL" />);
    const models = await screen.findByTestId('week-site-chatgpt-models');
    expect(models.dataset.value).toBe('gpt-5 o3');
    expect(models.textContent).toContain('GPT-5, o3');
    expect(screen.queryByTestId('week-site-gemini-models')).toBeNull();
    fireEvent.change(screen.getByTestId('stacking'), { target: { value: 'mode' } });
    await waitFor(() =>
      expect(screen.getByTestId('week-table').textContent).toContain('Met nadenken'),
    );
    expect(screen.getByTestId('week-table').textContent).toContain('Modus onbekend');
    expect(screen.getByTestId('day-total-2026-11-16').dataset.value).toBe('12');
  });
});

describe('weekly page', () => {
  const load = vi.fn(async (week: Week) => ({
    rows: week.id === '2026-W47' ? ROWS : [],
    previousRows: week.id === '2026-W47' ? PREVIOUS : [],
    eventTimes: week.id === '2026-W47' ? TIMES : [],
    modeRows: [],
    modelsBySite: {},
    settings: { ...DEFAULT_SETTINGS, weeklyBudget: 40 },
  }));
  const now = () => new Date(2026, 10, 20, 12).getTime();

  it('writes one prompt and one image in the singular, in Dutch too', async () => {
    const one = async () => ({
      rows: [row('2026-11-16', 'chatgpt', 'prompt', 1), row('2026-11-16', 'chatgpt', 'image', 1)],
      previousRows: [],
      eventTimes: [],
      modeRows: [],
      modelsBySite: {},
      settings: DEFAULT_SETTINGS,
    });
    render(<FootprintPage load={one} now={now} language="nl" localeTag="nl-NL" />);
    await waitFor(() =>
      expect(screen.getByTestId('week-split').textContent).toBe('1 prompt · 1 afbeelding'),
    );
  });

  it('shows the figures with data-values, the table, the method, and switches weeks', async () => {
    render(<FootprintPage load={load} now={now} language="en" localeTag="nl-NL" />);
    const prompts = await screen.findByTestId('week-prompts');
    expect(prompts.dataset.value).toBe('18');
    expect(screen.getByTestId('week-images').dataset.value).toBe('2');
    expect(Number(screen.getByTestId('week-wh').dataset.value)).toBeCloseTo(89);
    expect(Number(screen.getByTestId('week-change-pct').dataset.value)).toBeCloseTo(25);
    expect(screen.getByTestId('week-change-pct').textContent).toContain('25% more');
    expect(screen.getByTestId('week-busiest-hour').dataset.value).toBe('14');
    expect(screen.getByTestId('week-split').textContent).toBe('18 prompts · 2 images');
    expect(screen.getByTestId('week-budget').dataset.value).toBe(String(20 / 40));
    expect(screen.getByTestId('day-total-2026-11-16').dataset.value).toBe('12');
    expect(screen.getByTestId('out-of-scope').textContent).toContain('training');
    expect(screen.getAllByText(/Making AI Less Thirsty/).length).toBeGreaterThan(0);
    expect((screen.getByTestId('week-next') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByTestId('metric'), { target: { value: 'wh' } });
    await waitFor(() =>
      expect(screen.getByTestId('day-total-2026-11-16').dataset.value).toBe('57'),
    );

    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(screen.getByTestId('week-label').dataset.value).toBe('2026-W46'));
    await waitFor(() => expect(screen.getByTestId('week-prompts').dataset.value).toBe('0'));
    expect(location.hash).toBe('#2026-W46');
  });

  it('speaks Dutch and asks before a reset, offering an export first', async () => {
    location.hash = '#2026-W47';
    const send = vi.fn(async () => ({ ok: true as const, stored: true }));
    const exports = vi.fn(async () => ({ json: '{}', csv: '' }));
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:x');
    render(
      <FootprintPage
        load={load}
        now={now}
        language="nl"
        localeTag="nl-NL"
        send={send}
        exports={exports}
      />,
    );
    await screen.findByText('Hoe wordt dit berekend?');
    fireEvent.click(screen.getByTestId('reset'));
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Eerst JSON exporteren'));
    await waitFor(() => expect(exports).toHaveBeenCalled());
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'reset-data' }));
    expect(await screen.findByText('Alle gegevens zijn verwijderd.')).toBeTruthy();
  });

  it('names export files by the local day, also just after midnight', async () => {
    expect(new Date(2026, 10, 24, 0, 30).getTimezoneOffset()).toBe(-60); // the zone took effect
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:x');
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(
      <FootprintPage
        load={load}
        now={() => new Date(2026, 10, 24, 0, 30).getTime()}
        language="en"
        localeTag="nl-NL"
        exports={async () => ({ json: '{}', csv: '' })}
      />,
    );
    fireEvent.click(await screen.findByTestId('export-json'));
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() =>
      expect(names).toEqual(['ai-footprint-2026-11-24.json', 'ai-footprint-2026-11-24.csv']),
    );
    click.mockRestore();
  });
});

describe('week labels', () => {
  const now = () => new Date(2026, 11, 9, 12).getTime(); // Wednesday 9 December 2026
  const empty = async () => ({
    rows: [],
    previousRows: [],
    eventTimes: [],
    modeRows: [],
    modelsBySite: {},
    settings: DEFAULT_SETTINGS,
  });
  const label = () => screen.getByTestId('week-label');
  // ICU puts thin spaces around the dash of a date range.
  const labelText = () => label().textContent!.replace(/\s/g, ' ');
  /** Opens this week on an empty history and returns its label and its first day's test id. */
  async function openWeek(language: 'en' | 'nl', localeTag: string) {
    location.hash = '';
    render(<FootprintPage load={empty} now={now} language={language} localeTag={localeTag} />);
    await screen.findByTestId('week-prompts');
    const firstDay = screen.getByTestId('week-table').querySelector('[data-testid^="day-total-"]');
    return {
      text: labelText(),
      id: label().dataset.value,
      firstDay: firstDay?.getAttribute('data-testid'),
    };
  }

  it('names an en-US week (Sunday to Saturday) by its dates, without an ISO week number', async () => {
    // ISO week 50 is Monday 7 – Sunday 13 December; this week is Sunday 6 – Saturday 12.
    expect(await openWeek('en', 'en-US')).toEqual({
      text: 'Week of Dec 6 – 12, 2026',
      id: '2026-12-06',
      firstDay: 'day-total-2026-12-06',
    });
    fireEvent.click(screen.getByTestId('week-prev'));
    await waitFor(() => expect(label().dataset.value).toBe('2026-11-29'));
    expect(location.hash).toBe('#2026-11-29');
  });

  it('starts the week on Monday in Dutch whatever the browser region, with its ISO number', async () => {
    expect(await openWeek('nl', 'en-US')).toEqual({
      text: 'Week 50 · 7–13 dec 2026',
      id: '2026-W50',
      firstDay: 'day-total-2026-12-07',
    });
    cleanup();
    // English in a Monday-first region is an ISO week too.
    expect((await openWeek('en', 'en-GB')).text).toBe('Week 50 · Dec 7 – 13, 2026');
  });

  it('follows the Dutch setting read with the week: the week is read again from Monday', async () => {
    location.hash = '';
    const load = vi.fn(async (_week: Week) => ({
      ...(await empty()),
      settings: { ...DEFAULT_SETTINGS, language: 'nl' as const },
    }));
    render(<FootprintPage load={load} now={now} localeTag="en-US" />);
    await waitFor(() =>
      expect(load.mock.calls.map(([week]) => week.id)).toEqual(['2026-12-06', '2026-W50']),
    );
    await screen.findByTestId('week-prompts');
    expect(label().dataset.value).toBe('2026-W50');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('keeps footprint.html#2026-W47 links working in a Sunday-first week', async () => {
    location.hash = '#2026-W47';
    render(<FootprintPage load={empty} now={now} language="en" localeTag="en-US" />);
    await screen.findByTestId('week-prompts');
    // ISO week 47 is Monday 16 – Sunday 22 November; the en-US week that holds most of it.
    expect(label().dataset.value).toBe('2026-11-15');
    expect(labelText()).toBe('Week of Nov 15 – 21, 2026');
  });
});
