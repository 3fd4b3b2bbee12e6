import type { ClassFigures } from '../../class/figures';
import { REPORT_SCHOOL_DAY, REPORT_SETTINGS } from '../../class/figures';
import { computeFootprint, formatEnergy } from '../../footprint';
import { translate, type Language } from '../../i18n';
import { classPlural } from '../../i18n/class-page';
import type { UserSettings } from '../../settings/settings';
import { ImpactFigures } from '../impact-figures';
import type { ClassText } from '../../i18n/class-page';

type Ok = Extract<ClassFigures, { status: 'ok' }>;

/** The report's school day under its own figures: 2,102.5 Wh (tests/unit/footprint/school-day). */
const REPORT_DAY_WH = computeFootprint(
  [{ site: '', prompts: REPORT_SCHOOL_DAY.prompts, images: REPORT_SCHOOL_DAY.images }],
  REPORT_SETTINGS,
).wh;

/** The class's totals with range and equivalents, the per-member spread, and its school day. */
export function ClassFiguresView({
  figures,
  settings,
  language,
  t,
}: {
  figures: Ok;
  settings: UserSettings;
  language: Language;
  t: ClassText;
}) {
  const { footprint } = figures;
  const count = new Intl.NumberFormat(language);
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const counts = [
    { id: 'class-members', label: 'members', value: figures.members },
    { id: 'class-prompts', label: 'prompts', value: figures.prompts },
    { id: 'class-images', label: 'images', value: figures.images },
  ] as const;
  const spreads = [
    { id: 'prompts', label: 'prompts', spread: figures.perMember.prompts, format: decimal.format },
    { id: 'images', label: 'images', spread: figures.perMember.images, format: decimal.format },
    {
      id: 'wh',
      label: 'energyPerMember',
      spread: figures.perMember.wh,
      format: (n: number) => formatEnergy(n, language),
    },
  ] as const;
  const day = figures.schoolDay;
  const sameFigures = settings.presetId === 'dutch-report-2024';
  return (
    <>
      <section class="card totals" aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('totalsHeading')}</h2>
        <div class="figures">
          {counts.map((c) => (
            <div class="figure" key={c.id}>
              <span class="value" data-testid={c.id} data-value={c.value}>
                {count.format(c.value)}
              </span>
              <span class="label">{t(c.label)}</span>
            </div>
          ))}
          <ImpactFigures
            footprint={footprint}
            language={language}
            prefix="class"
            labels={{ wh: t('energy'), gco2: t('co2'), ml: t('water') }}
            range={(low, high) => t('range', { low, high })}
          />
        </div>
        <p class="note method-line">
          {t('methodLine', {
            preset: translate(language, `presetName.${settings.presetId}`),
            region: translate(language, `region.${settings.regionId}`),
            water: translate(language, `water.${settings.waterLocationId}`),
          })}
        </p>
      </section>
      <div class="two-cols">
        <section class="card" aria-labelledby="per-member-heading">
          <h2 id="per-member-heading">{t('perMemberHeading')}</h2>
          <table data-testid="class-per-member">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('average')}</th>
                <th scope="col">{t('median')}</th>
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
          <h2 id="school-day-heading">{t('schoolDayHeading')}</h2>
          <p class="note">
            {t('schoolDayDefinition', {
              n: classPlural(language, 'activeDays', day.activeDays, count.format(day.activeDays)),
            })}
          </p>
          <dl class="school-day">
            <dt>{t('thisClass')}</dt>
            <dd data-testid="class-school-day" data-value={day.wh} data-prompts={day.prompts}>
              {t('schoolDayFigures', {
                prompts: decimal.format(day.prompts),
                images: decimal.format(day.images),
                wh: formatEnergy(day.wh, language),
              })}
            </dd>
            <dt>{t('reportExample')}</dt>
            <dd data-testid="class-report-day" data-value={REPORT_DAY_WH}>
              {t('schoolDayFigures', {
                prompts: count.format(REPORT_SCHOOL_DAY.prompts),
                images: count.format(REPORT_SCHOOL_DAY.images),
                wh: `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(REPORT_DAY_WH)} Wh`,
              })}
            </dd>
          </dl>
          {!sameFigures && (
            <p class="note">{t('reportFigures', { wh: formatEnergy(day.reportWh, language) })}</p>
          )}
        </section>
      </div>
    </>
  );
}
