import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  computeFootprint,
  formatCo2,
  formatEnergy,
  formatWater,
  type Footprint,
  type FootprintSettings,
} from '../../footprint';
import {
  browserLanguageTag,
  chosenLanguage,
  plural,
  translate,
  type Language,
  type MessageKey,
} from '../../i18n';
import { siteById } from '../../sites/registry';
import { localDay, weekDays } from '../../storage/day';
import { summarize, type UsageSummary } from '../../storage/events';
import { currentStorageProblem } from '../../storage/problem';
import type { StorageProblem } from '../../storage/items';
import { equivalentsFor } from '../equivalent-text';
import { loadPopupData, type PopupData } from './data';
import './popup.css';

type Period = 'today' | 'week' | 'total';
const PERIODS: { id: Period; label: MessageKey }[] = [
  { id: 'today', label: 'today' },
  { id: 'week', label: 'thisWeek' },
  { id: 'total', label: 'allTime' },
];

type State =
  { status: 'loading' } | { status: 'ready'; data: PopupData } | { status: 'error'; error: string };

/** The toolbar popup: today, this week and all time, each as counts and footprint with equivalents. */
export function Popup({
  load = loadPopupData,
  loadStorageProblem = currentStorageProblem,
  openOptions = () => browser.runtime.openOptionsPage(),
  openWeekly = () => browser.tabs.create({ url: browser.runtime.getURL('/footprint.html') }),
  now = Date.now(),
  language: forcedLanguage,
}: {
  /** Reads what the popup shows for the moment `now`. */
  load?: (now: number) => Promise<PopupData>;
  /** What the background says about writes the database refused (read apart: it works when IndexedDB does not). */
  loadStorageProblem?: () => Promise<StorageProblem | null>;
  openOptions?: () => Promise<void>;
  openWeekly?: () => Promise<unknown>;
  now?: number;
  /** Overrides the language setting (tests). */
  language?: Language;
}) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [period, setPeriod] = useState<Period>('today');
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  // Once, when the popup opens. A layout effect runs right after the first render, where useEffect
  // would wait for the first paint before even asking IndexedDB.
  useLayoutEffect(() => {
    load(now).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => setState({ status: 'error', error: String(error) }),
    );
    loadStorageProblem().then(setStorageProblem, () => setStorageProblem(null));
  }, []);
  const language =
    forcedLanguage ??
    (state.status === 'ready'
      ? chosenLanguage(state.data.settings.language)
      : chosenLanguage('auto'));
  const t = (key: MessageKey, values?: Record<string, string>) => translate(language, key, values);

  const summaries = useMemo(() => {
    if (state.status !== 'ready') return null;
    const today = localDay(now);
    const week = weekDays(now, browserLanguageTag());
    const days = state.data.days;
    return {
      today: summarize(days.filter((r) => r.day === today)),
      week: summarize(days.filter((r) => r.day >= week.from && r.day <= today)),
      total: summarize(state.data.totals),
    };
  }, [state, now]);

  return (
    <main class="popup" lang={language}>
      <header>
        <h1>AI Footprint</h1>
      </header>
      {storageProblem && (
        <p class="note error" role="alert" data-testid="storage-problem">
          {t(storageProblem.reason === 'quota' ? 'storageFull' : 'storageUnavailable', {
            count: plural(
              language,
              'waitingCount',
              storageProblem.waiting.length,
              new Intl.NumberFormat(language).format(storageProblem.waiting.length),
            ),
          })}
        </p>
      )}
      {state.status === 'loading' && <p class="note">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="note error" role="alert">
          {t('storageError', { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && summaries && (
        <>
          <div class="tabs" role="tablist" aria-label={t('periods')}>
            {PERIODS.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={`tab-${p.id}`}
                aria-selected={period === p.id}
                aria-controls={`panel-${p.id}`}
                tabIndex={period === p.id ? 0 : -1}
                onClick={() => setPeriod(p.id)}
                onKeyDown={(e) => {
                  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (!step) return;
                  const next =
                    PERIODS[
                      (PERIODS.findIndex((x) => x.id === period) + step + PERIODS.length) %
                        PERIODS.length
                    ]!;
                  setPeriod(next.id);
                  document.getElementById(`tab-${next.id}`)?.focus();
                }}
              >
                {t(p.label)}
              </button>
            ))}
          </div>
          {PERIODS.map((p) => (
            <section
              key={p.id}
              id={`panel-${p.id}`}
              role="tabpanel"
              aria-labelledby={`tab-${p.id}`}
              hidden={period !== p.id}
            >
              <PeriodView
                prefix={p.id}
                usage={summaries[p.id]}
                settings={state.data.settings}
                language={language}
                t={t}
                emptyNote={p.id === 'today' ? t('nothingYet') : null}
              />
            </section>
          ))}
          <p class="note">{presetLine(state.data.settings, language)}</p>
          <p class="note">{t('scopeNote')}</p>
        </>
      )}
      <footer class="note">
        <span>{t('privacy')}</span>
        <button type="button" class="link" onClick={() => void openWeekly()}>
          {t('weeklyPage')}
        </button>
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t('openOptions')}
        </button>
      </footer>
    </main>
  );
}

/** One sentence on what the preset in use means. */
function presetLine(settings: FootprintSettings, language: Language): string {
  if (settings.presetId === 'dutch-report-2024') return translate(language, 'presetDutch');
  if (settings.presetId === 'disclosures-2025') return translate(language, 'presetDisclosures');
  return translate(language, 'presetCustom', {
    prompt: formatEnergy(settings.custom.promptWh, language),
    image: formatEnergy(settings.custom.imageWh, language),
  });
}

function PeriodView({
  prefix,
  usage,
  settings,
  language,
  t,
  emptyNote,
}: {
  prefix: Period;
  usage: UsageSummary;
  settings: FootprintSettings;
  language: Language;
  t: (key: MessageKey, values?: Record<string, string>) => string;
  emptyNote: string | null;
}) {
  const footprint = computeFootprint(usage.bySite, settings);
  const equivalents = equivalentsFor(footprint, language);
  const count = new Intl.NumberFormat(language);
  const row = (
    kind: 'wh' | 'gco2' | 'ml',
    label: MessageKey,
    format: (n: number, l: string) => string,
    testId: string,
  ) => (
    <Impact
      testId={`${prefix}-${testId}`}
      footprint={footprint}
      kind={kind}
      label={t(label)}
      format={(n) => format(n, language)}
      equivalent={equivalents[kind]}
      rangeLabel={(low, high) => t('range', { low, high })}
    />
  );
  return (
    <>
      <div class="counts">
        <Figure
          testId={`${prefix}-prompts`}
          value={usage.prompts}
          label={t('prompts')}
          text={count.format(usage.prompts)}
        />
        <Figure
          testId={`${prefix}-images`}
          value={usage.images}
          label={t('images')}
          text={count.format(usage.images)}
        />
      </div>
      <div class="impact">
        {row('wh', 'energy', formatEnergy, 'wh')}
        {row('gco2', 'co2', formatCo2, 'co2')}
        {row('ml', 'water', formatWater, 'water')}
      </div>
      {usage.bySite.length === 0 ? (
        emptyNote && <p class="note">{emptyNote}</p>
      ) : (
        <>
          <h2>{t('perSite')}</h2>
          <ul class="sites">
            {usage.bySite.map((s) => (
              <li key={s.site} data-testid={`${prefix}-site-${s.site}`}>
                <span>{siteById(s.site)?.name ?? s.site}</span>
                <span class="muted">
                  {plural(language, 'promptCount', s.prompts, count.format(s.prompts))}
                  {s.images > 0 &&
                    ` · ${plural(language, 'imageCount', s.images, count.format(s.images))}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Figure({
  testId,
  value,
  label,
  text,
}: {
  testId: string;
  value: number;
  label: string;
  text: string;
}) {
  return (
    <div class="figure">
      <span class="value" data-testid={testId} data-value={value}>
        {text}
      </span>
      <span class="label">{label}</span>
    </div>
  );
}

function Impact({
  testId,
  footprint,
  kind,
  label,
  format,
  equivalent,
  rangeLabel,
}: {
  testId: string;
  footprint: Footprint;
  kind: 'wh' | 'gco2' | 'ml';
  label: string;
  format: (n: number) => string;
  equivalent: string;
  rangeLabel: (low: string, high: string) => string;
}) {
  const value = footprint[kind];
  const low = footprint.low[kind];
  const high = footprint.high[kind];
  return (
    <div class={`impact-row ${kind}`}>
      <div class="impact-main">
        <span class="label">{label}</span>
        <span class="value" data-testid={testId} data-value={value} data-low={low} data-high={high}>
          {format(value)}
        </span>
      </div>
      {value > 0 && (
        <div class="impact-detail">
          <span>{equivalent}</span>
          <span class="range">{rangeLabel(format(low), format(high))}</span>
        </div>
      )}
    </div>
  );
}
