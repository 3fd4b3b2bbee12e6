import { useCallback, useMemo, useState } from 'preact/hooks';
import { formatCo2, formatEnergy, formatWater, type ActionKind } from '../../footprint';
import type { Mode } from '../../domain/model-mode';
import type { MessageKey, Translator } from '../../i18n';
import { siteById } from '../../sites/registry';
import type { Week } from '../../storage/weeks';
import { chartSeries, type Metric, type Stacking } from './aggregate';
import type { WeekData } from './data';
import { dateOf } from './dates';
import { WeekChart } from './WeekChart';

const METRICS: { id: Metric; label: MessageKey }[] = [
  { id: 'count', label: 'metricCount' },
  { id: 'wh', label: 'metricWh' },
  { id: 'gco2', label: 'metricGco2' },
  { id: 'ml', label: 'metricMl' },
];

const KIND_LABELS: Record<ActionKind, MessageKey> = {
  prompt: 'prompts',
  image: 'images',
  video: 'videos',
};

const STACKINGS: { id: Stacking; label: MessageKey }[] = [
  { id: 'site', label: 'stackSite' },
  { id: 'kind', label: 'stackKind' },
  { id: 'mode', label: 'stackMode' },
];

/** A labelled drop-down over the chart. */
function Control({
  label,
  testId,
  value,
  choices,
  onChoose,
  t,
}: {
  label: string;
  testId: string;
  value: string;
  choices: { id: string; label: MessageKey }[];
  onChoose: (id: string) => void;
  t: Translator;
}) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(e) => onChoose(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {t(c.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A series' name: a site's, "Prompts"/"Images", or a mode's. */
function seriesLabel(stacking: Stacking, key: string, t: Translator): string {
  // Images and videos are their own series under both the kind and the mode split.
  if (key === 'image' || key === 'video' || (stacking === 'kind' && key === 'prompt')) {
    return t(KIND_LABELS[key as ActionKind]);
  }
  if (stacking === 'mode') return t(`modeName.${key as Mode}`);
  return siteById(key)?.name ?? key;
}

/** Each day of the week as stacked bars, split by site, kind or mode, in any metric; a table below. */
export function ChartCard({ week, data, t }: { week: Week; data: WeekData; t: Translator }) {
  const [stacking, setStacking] = useState<Stacking>('site');
  const [metric, setMetric] = useState<Metric>('count');
  const { language } = t;
  const formatMetric = useCallback(
    (n: number) => {
      if (metric === 'wh') return formatEnergy(n, language);
      if (metric === 'gco2') return formatCo2(n, language);
      if (metric === 'ml') return formatWater(n, language);
      return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
    },
    [metric, language],
  );
  // Memoised on what they show, so that Chart.js redraws only when the figures change.
  const labels = useMemo(() => {
    const dayShort = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric' });
    return week.days.map((d) => dayShort.format(dateOf(d)));
  }, [week, language]);
  const series = useMemo(
    () =>
      chartSeries(week, data.rows, stacking, metric, data.settings, data.modeRows).map((s) => ({
        ...s,
        label: seriesLabel(stacking, s.key, t),
      })),
    [week, data, stacking, metric, language],
  );
  const { weeklyBudget, badgeMetric } = data.settings;
  const budgetMetric = { count: 'count', wh: 'wh', co2: 'gco2' }[badgeMetric];
  const line = useMemo(
    () =>
      weeklyBudget !== null && budgetMetric === metric
        ? { label: t('budgetLine'), value: weeklyBudget / 7 }
        : null,
    [weeklyBudget, budgetMetric, metric, language],
  );
  // Each drop-down's value is one of its choices' ids, so the casts hold.
  const controls = [
    {
      label: t('stackBy'),
      testId: 'stacking',
      value: stacking,
      choices: STACKINGS,
      onChoose: (id: string) => setStacking(id as Stacking),
    },
    {
      label: t('show'),
      testId: 'metric',
      value: metric,
      choices: METRICS,
      onChoose: (id: string) => setMetric(id as Metric),
    },
  ];
  const totals = week.days.map((_, i) => series.reduce((sum, s) => sum + s.values[i]!, 0));
  return (
    <section class="card chart-card" aria-labelledby="chart-heading">
      <div class="chart-head">
        <h2 id="chart-heading">{t('chartHeading')}</h2>
        <div class="controls">
          {controls.map((c) => (
            <Control key={c.testId} {...c} t={t} />
          ))}
        </div>
      </div>
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
                  {formatMetric(totals[i]!)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
