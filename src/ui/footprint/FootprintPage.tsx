import { useEffect, useMemo } from 'preact/hooks';
import { browserLanguageTag, translator, type Language } from '../../i18n';
import type { Ack } from '../../messaging/protocol';
import { shiftWeek, type Week } from '../../storage/weeks';
import { LoadState } from '../shared/LoadState';
import { useDocumentLanguage } from '../shared/use-document-language';
import { summarizeWeek } from './aggregate';
import { ChartCard } from './ChartCard';
import { DataCard, type DataMessage } from './DataCard';
import { loadExports, loadWeekData, sendDataMessage, type WeekData } from './data';
import { MethodCard } from './MethodCard';
import { ShareWeek } from './ShareWeek';
import { useWeek } from './use-week';
import { WeekPicker } from './WeekPicker';
import { WeekTotals } from './WeekTotals';
import './footprint.css';

export interface FootprintPageProps {
  load?: (week: Week, previous: Week) => Promise<WeekData>;
  exports?: () => Promise<{ json: string; csv: string }>;
  send?: (message: DataMessage) => Promise<Ack>;
  now?: () => number;
  /** Overrides the language setting (tests). */
  language?: Language;
  /** The locale whose first day of the week is used for English (default: the browser's). */
  localeTag?: string;
}

/** The weekly page: week picker, totals, chart and table, methodology, and data export/import/reset. */
export function FootprintPage({
  load = loadWeekData,
  exports = loadExports,
  send = sendDataMessage,
  now = Date.now,
  language: forcedLanguage,
  localeTag = browserLanguageTag(),
}: FootprintPageProps) {
  const { state, week, current, language, weekStartsOn, go, reload } = useWeek({
    load,
    now,
    localeTag,
    forcedLanguage,
  });
  const t = translator(language);
  useDocumentLanguage(language, `${t('weeklyPage')} ${week.id} – AI Footprint`);
  // When the week's figures are on screen (read by the speed benchmark).
  useEffect(() => {
    if (state.status === 'ready') {
      document.querySelector('main')?.setAttribute('data-ready-ms', String(performance.now()));
    }
  });

  const summary = useMemo(
    () =>
      state.status === 'ready'
        ? summarizeWeek(
            state.week,
            state.data.rows,
            state.data.previousRows,
            state.data.eventTimes,
            state.data.settings,
            state.data.modeRows,
          )
        : null,
    [state],
  );

  return (
    <main class="footprint-page" lang={language} data-week={week.id}>
      <header class="page-head">
        <h1>AI Footprint · {t('weeklyPage')}</h1>
        <WeekPicker
          week={week}
          current={current}
          go={go}
          shift={(from, n) => shiftWeek(from, n, weekStartsOn)}
          t={t}
        />
      </header>
      {state.status === 'ready' && summary ? (
        <>
          <WeekTotals
            summary={summary}
            settings={state.data.settings}
            modelsBySite={state.data.modelsBySite}
            t={t}
          />
          <ChartCard week={state.week} data={state.data} t={t} />
          <MethodCard settings={state.data.settings} t={t} />
        </>
      ) : (
        <LoadState error={state.status === 'error' ? state.error : null} t={t} />
      )}
      <DataCard exports={exports} send={send} now={now} onChange={reload} t={t}>
        <ShareWeek weekId={week.id} t={t} />
      </DataCard>
      <footer class="note">{t('privacy')}</footer>
    </main>
  );
}
