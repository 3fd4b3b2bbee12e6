import type { ComponentChildren } from 'preact';
import type { MessageKey, Translator } from '../../i18n';
import type { Period } from './PeriodView';

const PERIODS: { id: Period; label: MessageKey }[] = [
  { id: 'today', label: 'today' },
  { id: 'week', label: 'thisWeek' },
  { id: 'total', label: 'allTime' },
];

/**
 * Today, this week and all time as tabs (the ARIA tabs pattern: arrow keys move between them). Every
 * panel is rendered and the others hidden, so that switching is instant and each keeps its test ids.
 */
export function PeriodTabs({
  period,
  onSelect,
  panel,
  t,
}: {
  period: Period;
  onSelect: (period: Period) => void;
  panel: (period: Period) => ComponentChildren;
  t: Translator;
}) {
  const select = (step: number) => {
    const at = PERIODS.findIndex((p) => p.id === period);
    const next = PERIODS[(at + step + PERIODS.length) % PERIODS.length]!;
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
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
            onClick={() => onSelect(p.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') select(1);
              if (e.key === 'ArrowLeft') select(-1);
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
          {panel(p.id)}
        </section>
      ))}
    </>
  );
}
