import { BADGE_METRICS, type BadgeMetric } from '../../settings/settings';
import { FieldError, NumberInput, Section } from './fields';
import type { FormContext } from './use-settings-form';

const BUDGET_FIELDS = [
  ['dailyBudget', 'daily-budget', 'dailyBudgetLabel'],
  ['weeklyBudget', 'weekly-budget', 'weeklyBudgetLabel'],
] as const;

/** Badge metric and the daily and weekly budget in its unit. */
export function BadgeSection(ctx: FormContext) {
  const { t, settings } = ctx;
  return (
    <Section id="badge" title={t('badgeHeading')}>
      <fieldset class="choices">
        <legend>{t('badgeLegend')}</legend>
        <div class="choice-row">
          {BADGE_METRICS.map((metric: BadgeMetric) => (
            <label key={metric} class="choice">
              <input
                type="radio"
                name="badge-metric"
                value={metric}
                checked={settings.badgeMetric === metric}
                onChange={() => ctx.commit('badgeMetric', { badgeMetric: metric })}
              />
              <span>{t(`badgeMetric.${metric}`)}</span>
            </label>
          ))}
        </div>
        <FieldError id="badge-metric-error" field="badgeMetric" ctx={ctx} />
      </fieldset>
      <div class="field-grid">
        {BUDGET_FIELDS.map(([field, id, label]) => (
          <NumberInput
            key={field}
            field={field}
            id={id}
            label={t(label)}
            hint={t('budgetHint')}
            ctx={ctx}
          />
        ))}
      </div>
      <p class="note" id="budget-note">
        {t('budgetNote')}
      </p>
    </Section>
  );
}
