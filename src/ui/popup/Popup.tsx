import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatEnergy, reportOver2025Values, type FootprintSettings } from '../../footprint';
import {
  browserLanguageTag,
  chosenLanguage,
  translator,
  type Language,
  type Translator,
} from '../../i18n';
import { localDay, weekDays } from '../../storage/day';
import { summarize, withModes } from '../../storage/events';
import {
  currentStorageProblem,
  droppedEventCount,
  markDroppedEventsSeen,
} from '../../storage/problem';
import type { StorageProblem } from '../../storage/items';
import { LoadState } from '../shared/LoadState';
import { DroppedNote } from './DroppedNote';
import { useDocumentLanguage } from '../shared/use-document-language';
import { loadPopupData, type PopupData } from './data';
import { PeriodTabs } from './PeriodTabs';
import { PeriodView, type Period } from './PeriodView';
import './popup.css';

type State =
  { status: 'loading' } | { status: 'ready'; data: PopupData } | { status: 'error'; error: string };

/** The toolbar popup: today, this week and all time, each as counts and footprint with equivalents. */
export function Popup({
  load = loadPopupData,
  loadStorageProblem = currentStorageProblem,
  loadDropped = droppedEventCount,
  markDroppedSeen = markDroppedEventsSeen,
  openOptions = () => browser.runtime.openOptionsPage(),
  openWeekly = () => browser.tabs.create({ url: browser.runtime.getURL('/footprint.html') }),
  now = Date.now(),
  language: forcedLanguage,
}: {
  /** Reads what the popup shows for the moment `now`. */
  load?: (now: number) => Promise<PopupData>;
  /** What the background says about writes the database refused (read apart: it works when IndexedDB does not). */
  loadStorageProblem?: () => Promise<StorageProblem | null>;
  /** How many events the full waiting room lost, and how the user says they have seen that. */
  loadDropped?: () => Promise<number>;
  markDroppedSeen?: () => Promise<void>;
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
    chosenLanguage(state.status === 'ready' ? state.data.settings.language : 'auto');
  const t = translator(language);
  useDocumentLanguage(language, 'AI Footprint');

  const summaries = useMemo(() => {
    if (state.status !== 'ready') return null;
    const today = localDay(now);
    // The week starts where the weekly page's does: on Monday in Dutch.
    const { from } = weekDays(now, language, browserLanguageTag());
    const { days, modeDays } = state.data;
    const inPeriod = (r: { day: string }, first: string) => r.day >= first && r.day <= today;
    return {
      today: withModes(
        summarize(days.filter((r) => inPeriod(r, today))),
        modeDays.filter((r) => inPeriod(r, today)),
      ),
      week: withModes(
        summarize(days.filter((r) => inPeriod(r, from))),
        modeDays.filter((r) => inPeriod(r, from)),
      ),
      total: withModes(summarize(state.data.totals), state.data.modeTotals),
    };
  }, [state, now, language]);

  return (
    <main class="popup" lang={language}>
      <header>
        <h1>AI Footprint</h1>
      </header>
      {storageProblem && (
        <p class="note error" role="alert" data-testid="storage-problem">
          {t(storageProblem.reason === 'quota' ? 'storageFull' : 'storageUnavailable', {
            count: t.plural('waitingCount', storageProblem.waiting.length),
          })}
        </p>
      )}
      <DroppedNote load={loadDropped} markSeen={markDroppedSeen} t={t} />
      {state.status === 'ready' && summaries ? (
        <>
          <PeriodTabs
            period={period}
            onSelect={setPeriod}
            t={t}
            panel={(p) => (
              <PeriodView period={p} usage={summaries[p]} settings={state.data.settings} t={t} />
            )}
          />
          <p class="note">{presetLine(state.data.settings, t)}</p>
          <p class="note">{t('scopeNote')}</p>
        </>
      ) : (
        <LoadState error={state.status === 'error' ? state.error : null} t={t} />
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
function presetLine(settings: FootprintSettings, t: Translator): string {
  if (settings.presetId === 'dutch-report-2024') return t('presetDutch', reportOver2025Values());
  if (settings.presetId === 'disclosures-2025') {
    return t('presetDisclosures', reportOver2025Values());
  }
  if (settings.presetId === 'per-model-2026') return t('presetPerModel');
  return t('presetCustom', {
    prompt: formatEnergy(settings.custom.promptWh, t.language),
    image: formatEnergy(settings.custom.imageWh, t.language),
    video: formatEnergy(settings.custom.videoWhPerSecond, t.language),
  });
}
