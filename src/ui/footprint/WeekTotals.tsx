import type { Translator } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import { countedActions } from '../../storage/events';
import { CountFigure, ImpactFigures } from '../shared/Figures';
import type { WeekSummary } from './aggregate';
import { WeekFacts } from './WeekFacts';

/** The week in figures: counts, footprint with equivalents and range, then the facts about it. */
export function WeekTotals({
  summary,
  settings,
  modelsBySite,
  t,
}: {
  summary: WeekSummary;
  settings: UserSettings;
  modelsBySite?: Record<string, string[]>;
  t: Translator;
}) {
  const { usage, footprint } = summary;
  return (
    <section class="card totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('totalsHeading')}</h2>
      <div class="figures">
        <CountFigure testId="week-prompts" value={usage.prompts} label="prompts" t={t} />
        <CountFigure testId="week-images" value={usage.images} label="images" t={t} />
        <CountFigure testId="week-videos" value={usage.videos} label="videos" t={t} />
        <ImpactFigures prefix="week" footprint={footprint} t={t} />
      </div>
      {countedActions(usage) === 0 && <p class="note">{t('empty')}</p>}
      <WeekFacts summary={summary} settings={settings} modelsBySite={modelsBySite} t={t} />
    </section>
  );
}
