import { computeFootprint, type FootprintSettings } from '../../footprint';
import type { Translator } from '../../i18n';
import type { ModeSummary } from '../../storage/events';
import { CountFigure, ImpactFigures } from '../shared/Figures';
import { SiteCountLine } from '../shared/SiteCountLine';

/** The periods the popup shows, each under its own tab. */
export type Period = 'today' | 'week' | 'total';

/** One period: counts, footprint with equivalents, and the sites it was counted on. */
export function PeriodView({
  period,
  usage,
  settings,
  t,
}: {
  period: Period;
  usage: ModeSummary;
  settings: FootprintSettings;
  t: Translator;
}) {
  const footprint = computeFootprint(usage.bySite, settings);
  return (
    <>
      <div class="counts">
        <CountFigure testId={`${period}-prompts`} value={usage.prompts} label="prompts" t={t} />
        <CountFigure testId={`${period}-images`} value={usage.images} label="images" t={t} />
        <CountFigure testId={`${period}-videos`} value={usage.videos} label="videos" t={t} />
      </div>
      {usage.prompts > 0 && (
        <p class="note" data-testid={`${period}-reasoning`} data-value={usage.reasoning}>
          {t('reasoningCount', {
            count: new Intl.NumberFormat(t.language).format(usage.reasoning),
          })}
        </p>
      )}
      <div class="impact">
        <ImpactFigures prefix={period} footprint={footprint} t={t} />
      </div>
      {usage.bySite.length > 0 ? (
        <>
          <h2>{t('perSite')}</h2>
          <ul class="sites">
            {usage.bySite.map((s) => (
              <SiteCountLine key={s.site} testId={`${period}-site-${s.site}`} usage={s} t={t} />
            ))}
          </ul>
        </>
      ) : (
        // Only today needs saying: an empty week or history follows from it.
        period === 'today' && <p class="note">{t('nothingYet')}</p>
      )}
    </>
  );
}
