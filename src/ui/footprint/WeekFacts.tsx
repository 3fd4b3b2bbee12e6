import { formatCo2, formatEnergy } from '../../footprint';
import type { Translator } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import { countedActions } from '../../storage/events';
import { SiteCountLine } from '../shared/SiteCountLine';
import { budgetUsed, type WeekSummary } from './aggregate';

/** Change against the week before, prompts vs images and videos, busiest hour, budget and top sites. */
export function WeekFacts({
  summary,
  settings,
  modelsBySite = {},
  t,
}: {
  summary: WeekSummary;
  settings: UserSettings;
  /** Per site, the model families its prompts named this week. */
  modelsBySite?: Record<string, string[]>;
  t: Translator;
}) {
  const { usage } = summary;
  const total = countedActions(usage);
  const pct = new Intl.NumberFormat(t.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <dl class="facts">
      <div>
        <dt>{t('changeHeading')}</dt>
        <dd data-testid="week-change-pct" data-value={summary.changePct ?? ''}>
          <Change pct={summary.changePct} percent={pct} t={t} />
        </dd>
      </div>
      <div>
        <dt>{t('split')}</dt>
        <dd data-testid="week-split" data-value={total === 0 ? '' : usage.prompts / total}>
          {t('splitText', {
            prompts: t.plural('promptCount', usage.prompts),
            images: t.plural('imageCount', usage.images),
          })}
          {usage.videos > 0 && ` · ${t.plural('videoCount', usage.videos)}`}
        </dd>
      </div>
      <div>
        <dt>{t('busiestHour')}</dt>
        <dd data-testid="week-busiest-hour" data-value={summary.busiestHour ?? ''}>
          {busiestHourText(summary, t)}
        </dd>
      </div>
      {settings.weeklyBudget !== null && (
        <Budget
          summary={summary}
          settings={settings}
          budget={settings.weeklyBudget}
          percent={pct}
          t={t}
        />
      )}
      <div class="top-sites">
        <dt>{t('topSites')}</dt>
        <dd>
          <ol>
            {usage.bySite.slice(0, 5).map((s) => (
              <SiteCountLine
                key={s.site}
                testId={`week-site-${s.site}`}
                usage={s}
                models={modelsBySite[s.site]}
                t={t}
              />
            ))}
          </ol>
        </dd>
      </div>
    </dl>
  );
}

function Change({
  pct,
  percent,
  t,
}: {
  pct: number | null;
  percent: Intl.NumberFormat;
  t: Translator;
}) {
  if (pct === null) return <>{t('changeNone')}</>;
  if (pct === 0) return <>= {t('changeSame')}</>;
  return (
    <>
      <span aria-hidden="true" class={pct > 0 ? 'up' : 'down'}>
        {pct > 0 ? '▲' : '▼'}
      </span>{' '}
      {t(pct > 0 ? 'changeUp' : 'changeDown', { pct: percent.format(Math.abs(pct) / 100) })}
    </>
  );
}

/** "14:00–15:00 (3 uses)" in the language's clock. */
function busiestHourText(summary: WeekSummary, t: Translator): string {
  const hour = summary.busiestHour;
  if (hour === null) return t('noneYet');
  const format = new Intl.DateTimeFormat(t.language, { hour: 'numeric' });
  const at = (h: number) => format.format(new Date(2000, 0, 1, h));
  return t('busiestHourText', {
    from: at(hour),
    to: at((hour + 1) % 24),
    n: t.plural('eventCount', summary.hours[hour]!),
  });
}

/** The weekly budget, kept in the badge metric's unit, and how much of it the week used. */
function Budget({
  summary,
  settings,
  budget,
  percent,
  t,
}: {
  summary: WeekSummary;
  settings: UserSettings;
  budget: number;
  percent: Intl.NumberFormat;
  t: Translator;
}) {
  const used = budgetUsed(summary, settings.badgeMetric);
  const format = (n: number) =>
    settings.badgeMetric === 'wh'
      ? formatEnergy(n, t.language)
      : settings.badgeMetric === 'co2'
        ? formatCo2(n, t.language)
        : new Intl.NumberFormat(t.language).format(n);
  return (
    <div>
      <dt>{t('weeklyBudgetLabel')}</dt>
      <dd data-testid="week-budget" data-value={used / budget}>
        <meter min={0} max={budget} value={Math.min(used, budget)} aria-hidden="true" />{' '}
        {t('budgetText', {
          used: format(used),
          budget: format(budget),
          pct: percent.format(used / budget),
        })}
      </dd>
    </div>
  );
}
