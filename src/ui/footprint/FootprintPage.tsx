import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  formatCo2,
  formatEnergy,
  formatWater,
  HEAVY_REASONING,
  impactPerAction,
  PRESETS,
  RANGE,
  RANGE_SOURCES,
  REGIONS,
  WATER_LOCATIONS,
  type Source,
} from '../../footprint';
import { browserLanguageTag, chosenLanguage, translate, type Language } from '../../i18n';
import { pagePlural, pageText, type FootprintPageKey } from '../../i18n/footprint-page';
import type { Ack } from '../../messaging/protocol';
import { siteById } from '../../sites/registry';
import { firstDayOfWeek, localDay } from '../../storage/day';
import { checkImport, MAX_IMPORT_CHARS } from '../../storage/import';
import { shiftWeek, weekFromHash, weekOf, type Week } from '../../storage/weeks';
import { ShareWeek } from '../class/ShareWeek';
import { download } from '../download';
import { ImpactFigures } from '../impact-figures';
import { budgetUsed, chartSeries, summarizeWeek, type Metric, type Stacking } from './aggregate';
import { loadExports, loadWeekData, sendDataMessage, type WeekData } from './data';
import { WeekChart } from './WeekChart';
import './footprint.css';

type State =
  | { status: 'loading' }
  | { status: 'ready'; week: Week; data: WeekData }
  | { status: 'error'; error: string };

export interface FootprintPageProps {
  load?: (week: Week, previous: Week) => Promise<WeekData>;
  exports?: () => Promise<{ json: string; csv: string }>;
  send?: (message: { type: 'import-data'; text: string } | { type: 'reset-data' }) => Promise<Ack>;
  now?: () => number;
  /** Overrides the language setting (tests). */
  language?: Language;
  /** The locale whose first day of the week is used (default: the browser's). */
  localeTag?: string;
}

const METRICS: { id: Metric; label: FootprintPageKey }[] = [
  { id: 'count', label: 'metricCount' },
  { id: 'wh', label: 'metricWh' },
  { id: 'gco2', label: 'metricGco2' },
  { id: 'ml', label: 'metricMl' },
];

function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The weekly page: week picker, chart and table, totals, methodology, and data export/import/reset. */
export function FootprintPage({
  load = loadWeekData,
  exports = loadExports,
  send = sendDataMessage,
  now = Date.now,
  language: forcedLanguage,
  localeTag = browserLanguageTag(),
}: FootprintPageProps) {
  const weekStartsOn = firstDayOfWeek(localeTag);
  const [week, setWeek] = useState<Week>(() =>
    weekFromHash(globalThis.location?.hash ?? '', now(), localeTag),
  );
  const [state, setState] = useState<State>({ status: 'loading' });
  const [stacking, setStacking] = useState<Stacking>('site');
  const [metric, setMetric] = useState<Metric>('count');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const onHash = () => setWeek(weekFromHash(location.hash, now(), localeTag));
    globalThis.addEventListener?.('hashchange', onHash);
    return () => globalThis.removeEventListener?.('hashchange', onHash);
  }, [now, localeTag]);

  useEffect(() => {
    let live = true;
    load(week, shiftWeek(week, -1, weekStartsOn)).then(
      (data) => live && setState({ status: 'ready', week, data }),
      (error: unknown) => live && setState({ status: 'error', error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [week, load, weekStartsOn, reloads]);

  const language =
    forcedLanguage ??
    chosenLanguage(state.status === 'ready' ? state.data.settings.language : 'auto');
  const t = (key: FootprintPageKey, values?: Record<string, string>) =>
    pageText(language, key, values);

  const go = (next: Week) => {
    globalThis.history?.replaceState(null, '', `#${next.id}`);
    setWeek(next);
  };

  const summary = useMemo(
    () =>
      state.status === 'ready'
        ? summarizeWeek(
            state.week,
            state.data.rows,
            state.data.previousRows,
            state.data.eventTimes,
            state.data.settings,
          )
        : null,
    [state],
  );

  const formatMetric = useCallback(
    (n: number) => {
      if (metric === 'wh') return formatEnergy(n, language);
      if (metric === 'gco2') return formatCo2(n, language);
      if (metric === 'ml') return formatWater(n, language);
      return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
    },
    [metric, language],
  );

  useEffect(() => {
    if (state.status === 'ready') {
      document.documentElement.lang = language;
      document.title = `${t('title')} ${state.week.id} – AI Footprint`;
      document.querySelector('main')?.setAttribute('data-ready-ms', String(performance.now()));
    }
  });

  const doExport = async (kind: 'json' | 'csv') => {
    try {
      const files = await exports();
      // The local day, as everywhere else: just after midnight the UTC date is still yesterday.
      const stamp = localDay(now());
      if (kind === 'json') download(`ai-footprint-${stamp}.json`, 'application/json', files.json);
      else download(`ai-footprint-${stamp}.csv`, 'text/csv', files.csv);
    } catch (error) {
      setMessage({ text: t('loadError', { error: String(error) }), error: true });
    }
  };

  const doImport = async (file: File) => {
    // Refuse a huge file before reading it; checkImport words the same check for the text.
    if (file.size > MAX_IMPORT_CHARS) {
      const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
      const error = `file is too large (${mb(file.size)}; at most ${mb(MAX_IMPORT_CHARS)})`;
      setMessage({ text: t('importFailed', { error }), error: true });
      return;
    }
    const text = await file.text();
    const check = checkImport(text, now());
    if (!check.ok) {
      setMessage({ text: t('importFailed', { error: check.error }), error: true });
      return;
    }
    const ack = await send({ type: 'import-data', text }).catch((error: unknown): Ack => ({
      ok: false,
      error: String(error),
      retry: true,
    }));
    setMessage(
      ack.ok
        ? {
            text: t('importDone', {
              added: new Intl.NumberFormat(language).format(ack.added ?? 0),
              merged: new Intl.NumberFormat(language).format(ack.merged ?? 0),
            }),
            error: false,
          }
        : { text: t('importFailed', { error: ack.error }), error: true },
    );
    setReloads((n) => n + 1);
  };

  const doReset = async () => {
    const ack = await send({ type: 'reset-data' }).catch((error: unknown): Ack => ({
      ok: false,
      error: String(error),
      retry: true,
    }));
    setConfirmReset(false);
    setMessage(ack.ok ? { text: t('resetDone'), error: false } : { text: ack.error, error: true });
    setReloads((n) => n + 1);
  };

  const shownWeek = state.status === 'ready' ? state.week : week;
  const dayLong = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const dayShort = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric' });
  const count = new Intl.NumberFormat(language);
  const current = weekOf(now(), weekStartsOn);

  return (
    <main class="footprint-page" lang={language} data-week={shownWeek.id}>
      <header class="page-head">
        <h1>AI Footprint · {t('title')}</h1>
        <nav class="week-picker" aria-label={t('weekPicker')}>
          <button
            type="button"
            data-testid="week-prev"
            onClick={() => go(shiftWeek(shownWeek, -1, weekStartsOn))}
            aria-label={t('previousWeek')}
          >
            ←
          </button>
          <span
            class="week-label"
            data-testid="week-label"
            data-value={shownWeek.id}
            aria-live="polite"
          >
            {t('weekLabel', {
              week: shownWeek.id,
              from: dayLong.format(dateOf(shownWeek.days[0]!)),
              to: dayLong.format(dateOf(shownWeek.days[6]!)),
            })}
          </span>
          <button
            type="button"
            data-testid="week-next"
            onClick={() => go(shiftWeek(shownWeek, 1, weekStartsOn))}
            aria-label={t('nextWeek')}
            disabled={shownWeek.start >= current.start}
          >
            →
          </button>
          <button
            type="button"
            data-testid="week-this"
            onClick={() => go(current)}
            disabled={shownWeek.id === current.id}
          >
            {t('thisWeek')}
          </button>
          <button type="button" class="print-button" onClick={() => globalThis.print?.()}>
            {t('print')}
          </button>
        </nav>
      </header>

      {state.status === 'loading' && <p class="note">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="note error" role="alert">
          {t('loadError', { error: state.error })}
        </p>
      )}

      {state.status === 'ready' && summary && (
        <>
          <Totals summary={summary} settings={state.data.settings} language={language} t={t} />
          <section class="card chart-card" aria-labelledby="chart-heading">
            <div class="chart-head">
              <h2 id="chart-heading">{t('chartHeading')}</h2>
              <div class="controls">
                <label>
                  {t('stackBy')}{' '}
                  <select
                    data-testid="stacking"
                    value={stacking}
                    onChange={(e) => setStacking(e.currentTarget.value as Stacking)}
                  >
                    <option value="site">{t('stackSite')}</option>
                    <option value="kind">{t('stackKind')}</option>
                  </select>
                </label>
                <label>
                  {t('show')}{' '}
                  <select
                    data-testid="metric"
                    value={metric}
                    onChange={(e) => setMetric(e.currentTarget.value as Metric)}
                  >
                    {METRICS.map((m) => (
                      <option key={m.id} value={m.id}>
                        {t(m.label)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </div>
            <ChartAndTable
              week={state.week}
              data={state.data}
              stacking={stacking}
              metric={metric}
              language={language}
              formatMetric={formatMetric}
              dayShort={dayShort}
              count={count}
              t={t}
            />
          </section>
          <Method settings={state.data.settings} language={language} t={t} />
        </>
      )}

      <section class="card data-card no-print" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p class="note">{t('dataIntro')}</p>
        <div class="buttons">
          <button type="button" data-testid="export-json" onClick={() => void doExport('json')}>
            {t('exportJson')}
          </button>
          <button type="button" data-testid="export-csv" onClick={() => void doExport('csv')}>
            {t('exportCsv')}
          </button>
          <label class="button">
            {t('importJson')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void doImport(file);
              }}
            />
          </label>
          <button
            type="button"
            class="danger"
            data-testid="reset"
            onClick={() => setConfirmReset(true)}
          >
            {t('reset')}
          </button>
        </div>
        <ShareWeek weekId={shownWeek.id} language={language} />
        {confirmReset && (
          <div
            class="confirm"
            role="alertdialog"
            aria-labelledby="reset-text"
            data-testid="reset-dialog"
          >
            <p id="reset-text">{t('resetConfirm')}</p>
            <div class="buttons">
              <button type="button" onClick={() => void doExport('json')} autoFocus>
                {t('resetExportFirst')}
              </button>
              <button
                type="button"
                class="danger"
                data-testid="reset-confirm"
                onClick={() => void doReset()}
              >
                {t('resetYes')}
              </button>
              <button type="button" onClick={() => setConfirmReset(false)}>
                {t('resetCancel')}
              </button>
            </div>
          </div>
        )}
        {message && (
          <p
            class={message.error ? 'note error' : 'note ok'}
            role={message.error ? 'alert' : 'status'}
            data-testid="data-message"
          >
            {message.text}
          </p>
        )}
      </section>
      <footer class="note">{t('privacy')}</footer>
    </main>
  );
}

type T = (key: FootprintPageKey, values?: Record<string, string>) => string;

function Totals({
  summary,
  settings,
  language,
  t,
}: {
  summary: ReturnType<typeof summarizeWeek>;
  settings: WeekData['settings'];
  language: Language;
  t: T;
}) {
  const { usage, footprint } = summary;
  const count = new Intl.NumberFormat(language);
  const pct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const change = summary.changePct;
  const hourFmt = new Intl.DateTimeFormat(language, { hour: 'numeric' });
  const hourText = (h: number) => hourFmt.format(new Date(2000, 0, 1, h));
  const budget = settings.weeklyBudget;
  const used = budgetUsed(summary, settings.badgeMetric);
  const budgetFormat = (n: number) =>
    settings.badgeMetric === 'wh'
      ? formatEnergy(n, language)
      : settings.badgeMetric === 'co2'
        ? formatCo2(n, language)
        : count.format(n);
  return (
    <section class="card totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('totalsHeading')}</h2>
      <div class="figures">
        <div class="figure">
          <span class="value" data-testid="week-prompts" data-value={usage.prompts}>
            {count.format(usage.prompts)}
          </span>
          <span class="label">{t('prompts')}</span>
        </div>
        <div class="figure">
          <span class="value" data-testid="week-images" data-value={usage.images}>
            {count.format(usage.images)}
          </span>
          <span class="label">{t('images')}</span>
        </div>
        <ImpactFigures
          footprint={footprint}
          language={language}
          prefix="week"
          labels={{ wh: t('energy'), gco2: t('co2'), ml: t('water') }}
          range={(low, high) => t('range', { low, high })}
        />
      </div>
      {usage.prompts + usage.images === 0 && <p class="note">{t('empty')}</p>}
      <dl class="facts">
        <div>
          <dt>{t('changeHeading')}</dt>
          <dd data-testid="week-change-pct" data-value={change ?? ''}>
            {change === null ? (
              t('changeNone')
            ) : change === 0 ? (
              <>= {t('changeSame')}</>
            ) : (
              <>
                <span aria-hidden="true" class={change > 0 ? 'up' : 'down'}>
                  {change > 0 ? '▲' : '▼'}
                </span>{' '}
                {t(change > 0 ? 'changeUp' : 'changeDown', {
                  pct: pct.format(Math.abs(change) / 100),
                })}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('split')}</dt>
          <dd
            data-testid="week-split"
            data-value={
              usage.prompts + usage.images === 0
                ? ''
                : usage.prompts / (usage.prompts + usage.images)
            }
          >
            {t('splitText', {
              prompts: count.format(usage.prompts),
              images: count.format(usage.images),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('busiestHour')}</dt>
          <dd data-testid="week-busiest-hour" data-value={summary.busiestHour ?? ''}>
            {summary.busiestHour === null
              ? t('noneYet')
              : t('busiestHourText', {
                  from: hourText(summary.busiestHour),
                  to: hourText((summary.busiestHour + 1) % 24),
                  n: pagePlural(
                    language,
                    'eventCount',
                    summary.hours[summary.busiestHour]!,
                    count.format(summary.hours[summary.busiestHour]!),
                  ),
                })}
          </dd>
        </div>
        {budget !== null && (
          <div>
            <dt>{t('budget')}</dt>
            <dd data-testid="week-budget" data-value={used / budget}>
              <meter min={0} max={budget} value={Math.min(used, budget)} aria-hidden="true" />{' '}
              {t('budgetText', {
                used: budgetFormat(used),
                budget: budgetFormat(budget),
                pct: pct.format(used / budget),
              })}
            </dd>
          </div>
        )}
        <div class="top-sites">
          <dt>{t('topSites')}</dt>
          <dd>
            <ol>
              {usage.bySite.slice(0, 5).map((s) => (
                <li
                  key={s.site}
                  data-testid={`week-site-${s.site}`}
                  data-value={s.prompts + s.images}
                >
                  <span>{siteById(s.site)?.name ?? s.site}</span>{' '}
                  <span class="muted">
                    {pagePlural(language, 'promptCount', s.prompts, count.format(s.prompts))}
                    {s.images > 0 &&
                      ` · ${pagePlural(language, 'imageCount', s.images, count.format(s.images))}`}
                  </span>
                </li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function ChartAndTable({
  week,
  data,
  stacking,
  metric,
  language,
  formatMetric,
  dayShort,
  count,
  t,
}: {
  week: Week;
  data: WeekData;
  stacking: Stacking;
  metric: Metric;
  language: Language;
  formatMetric: (n: number) => string;
  dayShort: Intl.DateTimeFormat;
  count: Intl.NumberFormat;
  t: T;
}) {
  const labels = useMemo(
    () => week.days.map((d) => dayShort.format(dateOf(d))),
    [week, dayShort.resolvedOptions().locale],
  );
  const series = useMemo(
    () =>
      chartSeries(week, data.rows, stacking, metric, data.settings).map((s) => ({
        ...s,
        label:
          stacking === 'kind'
            ? t(s.key === 'prompt' ? 'prompt' : 'image')
            : (siteById(s.key)?.name ?? s.key),
      })),
    [week, data, stacking, metric, language],
  );
  const settings = data.settings;
  const budgetUnit = { count: 'count', wh: 'wh', co2: 'gco2' }[settings.badgeMetric];
  const line = useMemo(
    () =>
      settings.weeklyBudget !== null && budgetUnit === metric
        ? { label: t('budgetLine'), value: settings.weeklyBudget / 7 }
        : null,
    [settings.weeklyBudget, budgetUnit, metric, language],
  );
  const totals = week.days.map((_, i) => series.reduce((sum, s) => sum + s.values[i]!, 0));
  return (
    <>
      <WeekChart
        labels={labels}
        series={series}
        line={line}
        formatValue={formatMetric}
        ariaLabel={t('chartLabel')}
        integer={metric === 'count'}
      />
      <div class="table-wrap">
        <table data-testid="week-table">
          <caption>{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col">{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {week.days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{labels[i]}</th>
                {series.map((s) => (
                  <td key={s.key} data-value={s.values[i]}>
                    {formatMetric(s.values[i]!)}
                  </td>
                ))}
                <td data-testid={`day-total-${day}`} data-value={totals[i]}>
                  {metric === 'count' ? count.format(totals[i]!) : formatMetric(totals[i]!)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.title}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
          ) : (
            s.title
          )}{' '}
          ({s.year})
        </li>
      ))}
    </ul>
  );
}

function Method({
  settings,
  language,
  t,
}: {
  settings: WeekData['settings'];
  language: Language;
  t: T;
}) {
  const preset = PRESETS[settings.presetId];
  const region = REGIONS[settings.regionId];
  const water = WATER_LOCATIONS[settings.waterLocationId];
  const per = (kind: 'prompt' | 'image') => {
    // A site without its own figure: the preset's general one.
    const i = impactPerAction(kind, '', settings);
    return {
      wh: formatEnergy(i.wh, language),
      gco2: formatCo2(i.gco2, language),
      ml: formatWater(i.ml, language),
    };
  };
  const byId = preset.factors.prompt.whBySite;
  return (
    <section class="card method" aria-labelledby="method-heading">
      <h2 id="method-heading">{t('methodHeading')}</h2>
      <p>{t('methodIntro')}</p>
      <ul>
        <li data-testid="method-preset">
          {t('presetUsed', { name: translate(language, `presetName.${settings.presetId}`) })}
        </li>
        <li>
          {t('perPrompt', per('prompt'))}
          {byId && settings.presetId !== 'custom' && (
            <>
              {' '}
              (
              {Object.entries(byId)
                .map(
                  ([site, wh]) => `${siteById(site)?.name ?? site}: ${formatEnergy(wh, language)}`,
                )
                .join(', ')}
              )
            </>
          )}
        </li>
        <li>{t('perImage', per('image'))}</li>
        <li>
          {t('regionUsed', {
            name: translate(language, `region.${settings.regionId}`),
            value: new Intl.NumberFormat(language).format(region.gco2PerKwh),
            source: region.source[language],
          })}
        </li>
        <li>
          {t('waterUsed', {
            name: translate(language, `water.${settings.waterLocationId}`),
            value: new Intl.NumberFormat(language).format(water.mlPerWh),
            source: water.source[language],
          })}
        </li>
        <li>
          {t('rangeUsed', {
            pLow: formatEnergy(RANGE.prompt.lowWh, language),
            pHigh: formatEnergy(RANGE.prompt.highWh, language),
            iLow: formatEnergy(RANGE.image.lowWh, language),
            iHigh: formatEnergy(RANGE.image.highWh, language),
          })}
        </li>
        <li>{t('reasoningNote')}</li>
        <li>{t('equivalentsUsed')}</li>
      </ul>
      <h3>{t('sources')}</h3>
      <SourceList
        sources={[
          ...preset.sources,
          ...RANGE_SOURCES.filter((s) => !preset.sources.some((p) => p.title === s.title)),
          ...HEAVY_REASONING.sources,
        ]}
      />
      <p class="scope" data-testid="out-of-scope">
        {t('outOfScope')}
      </p>
      <h3>{t('tipsHeading')}</h3>
      <ul class="tips">
        <li>{t('tip1')}</li>
        <li>{t('tip2')}</li>
        <li>{t('tip3')}</li>
        <li>{t('tip4')}</li>
      </ul>
    </section>
  );
}
