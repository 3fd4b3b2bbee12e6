import { REPORT_SCHOOL_DAY, REPORT_SETTINGS, type ClassFigures } from '../../class/figures';
import { computeFootprint, formatEnergy } from '../../footprint';
import type { Translator } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import { CountFigure, ImpactFigures } from '../shared/Figures';

type Ok = Extract<ClassFigures, { status: 'ok' }>;

/** The report's school day under its own figures: 2,102.5 Wh (tests/unit/footprint/school-day.test.ts). */
const REPORT_DAY_WH = computeFootprint(
  [{ site: '', prompts: REPORT_SCHOOL_DAY.prompts, images: REPORT_SCHOOL_DAY.images }],
  REPORT_SETTINGS,
).wh;

/** The class's totals with range and equivalents, the per-member spread, and its school day. */
export function ClassFiguresView({
  figures,
  settings,
  t,
}: {
  figures: Ok;
  settings: UserSettings;
  t: Translator;
}) {
  const { language } = t;
  const { footprint } = figures;
  const count = new Intl.NumberFormat(language);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const spreads = [
    { id: 'prompts', label: 'prompts', spread: figures.perMember.prompts, format: decimal.format },
    { id: 'images', label: 'images', spread: figures.perMember.images, format: decimal.format },
    {
      id: 'wh',
      label: 'energy',
      spread: figures.perMember.wh,
      format: (n: number) => formatEnergy(n, language),
    },
  ] as const;
  const day = figures.schoolDay;
  const sameFigures = settings.presetId === 'dutch-report-2024';
  return (
    <>
      <section class="card totals" aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('class.totalsHeading')}</h2>
        <div class="figures">
          <CountFigure testId="class-members" value={figures.members} label="class.members" t={t} />
          <CountFigure testId="class-prompts" value={figures.prompts} label="prompts" t={t} />
          <CountFigure testId="class-images" value={figures.images} label="images" t={t} />
          <ImpactFigures prefix="class" footprint={footprint} t={t} />
        </div>
        <p class="note method-line">
          {t('class.methodLine', {
            preset: t(`presetName.${settings.presetId}`),
            region: t(`region.${settings.regionId}`),
            water: t(`water.${settings.waterLocationId}`),
          })}
        </p>
      </section>
      <div class="two-cols">
        <section class="card" aria-labelledby="per-member-heading">
          <h2 id="per-member-heading">{t('class.perMemberHeading')}</h2>
          <table data-testid="class-per-member">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('class.average')}</th>
                <th scope="col">{t('class.median')}</th>
              </tr>
            </thead>
            <tbody>
              {spreads.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{t(s.label)}</th>
                  <td data-testid={`class-mean-${s.id}`} data-value={s.spread.mean}>
                    {s.format(s.spread.mean)}
                  </td>
                  <td data-testid={`class-median-${s.id}`} data-value={s.spread.median}>
                    {s.format(s.spread.median)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="school-day-heading">
          <h2 id="school-day-heading">{t('class.schoolDayHeading')}</h2>
          <p class="note">
            {t('class.schoolDayDefinition', {
              n: t.plural('class.activeDays', day.activeDays),
            })}
          </p>
          <dl class="school-day">
            <dt>{t('class.thisClass')}</dt>
            <dd data-testid="class-school-day" data-value={day.wh} data-prompts={day.prompts}>
              {t('class.schoolDayFigures', {
                prompts: decimal.format(day.prompts),
                images: decimal.format(day.images),
                wh: formatEnergy(day.wh, language),
              })}
            </dd>
            <dt>{t('class.reportExample')}</dt>
            <dd data-testid="class-report-day" data-value={REPORT_DAY_WH}>
              {t('class.schoolDayFigures', {
                prompts: count.format(REPORT_SCHOOL_DAY.prompts),
                images: count.format(REPORT_SCHOOL_DAY.images),
                wh: `${decimal.format(REPORT_DAY_WH)} Wh`,
              })}
            </dd>
          </dl>
          {!sameFigures && (
            <p class="note">
              {t('class.reportFigures', { wh: formatEnergy(day.reportWh, language) })}
            </p>
          )}
        </section>
      </div>
    </>
  );
}
