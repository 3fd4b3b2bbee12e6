import type { Translator } from '../../i18n';
import type { Week } from '../../storage/weeks';
import { dateOf } from './dates';

/**
 * "Week 47 · 16–22 Nov 2026" for an ISO week; a week that starts on another day has no ISO number,
 * so it is "Week of Nov 15 – 21, 2026".
 */
function weekLabel(week: Week, t: Translator): string {
  const range = new Intl.DateTimeFormat(t.language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).formatRange(dateOf(week.days[0]!), dateOf(week.days[6]!));
  return week.isoWeek === null
    ? t('weekOfLabel', { range })
    : t('isoWeekLabel', { number: String(week.isoWeek), range });
}

/** Previous / next / this week, the week's name, and printing the report. */
export function WeekPicker({
  week,
  current,
  go,
  shift,
  t,
}: {
  week: Week;
  /** This week: the picker goes no further. */
  current: Week;
  go: (week: Week) => void;
  /** The week `n` weeks from `week`, in the page's kind of week. */
  shift: (week: Week, n: number) => Week;
  t: Translator;
}) {
  return (
    <nav class="week-picker" aria-label={t('weekPicker')}>
      <button
        type="button"
        data-testid="week-prev"
        onClick={() => go(shift(week, -1))}
        aria-label={t('previousWeek')}
      >
        ←
      </button>
      <span class="week-label" data-testid="week-label" data-value={week.id} aria-live="polite">
        {weekLabel(week, t)}
      </span>
      <button
        type="button"
        data-testid="week-next"
        onClick={() => go(shift(week, 1))}
        aria-label={t('nextWeek')}
        disabled={week.start >= current.start}
      >
        →
      </button>
      <button
        type="button"
        data-testid="week-this"
        onClick={() => go(current)}
        disabled={week.id === current.id}
      >
        {t('thisWeek')}
      </button>
      <button type="button" class="print-button" onClick={() => globalThis.print?.()}>
        {t('print')}
      </button>
    </nav>
  );
}
