import type { ComponentChildren } from 'preact';
import {
  CUSTOM_FACTOR_MAX_WH,
  HEAVY_REASONING,
  PRESET_IDS,
  PRESETS,
  REGION_IDS,
  REGIONS,
  WATER_LOCATION_IDS,
  WATER_LOCATIONS,
  formatEnergy,
  type Preset,
  type PresetId,
  type Source,
} from '../../footprint';
import type { Language, MessageKey } from '../../i18n';
import {
  BADGE_METRICS,
  LANGUAGE_CHOICES,
  budgetSchema,
  type BadgeMetric,
  type LanguageChoice,
  type UserSettings,
} from '../../settings/settings';
import { formatDecimal, type FieldId, type FieldProblem, type NumberField } from './numbers';

type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** What every settings section needs from the page. */
export interface FormContext {
  settings: UserSettings;
  language: Language;
  browserLanguage: Language;
  t: Translate;
  problems: Partial<Record<FieldId, FieldProblem>>;
  /** The text a number field shows: what was typed, or the stored value. */
  numberText: (field: NumberField) => string;
  /** A number field was typed in (`leaving` = false) or left / confirmed with Enter (true). */
  editNumber: (field: NumberField, text: string, leaving: boolean) => void;
  /** Validates and saves a change; false when it is invalid (the field then shows why). */
  commit: (field: FieldId, change: Partial<UserSettings>) => boolean;
}

const BUDGET_MAX = budgetSchema.unwrap().maxValue ?? Number.MAX_SAFE_INTEGER;

/** A number field's limits, for the hint and for errors zod reports without them. */
export function boundsOf(field: FieldId): { min: number; max: number } | null {
  if (field === 'custom.promptWh' || field === 'custom.imageWh') {
    return { min: 0, max: CUSTOM_FACTOR_MAX_WH };
  }
  if (field === 'dailyBudget' || field === 'weeklyBudget') return { min: 0, max: BUDGET_MAX };
  return null;
}

/** Language names in their own language, the way language pickers show them. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', nl: 'Nederlands' };

/** The unit a field's numbers are in: Wh for custom factors, the badge metric's for budgets. */
function unitOf(field: FieldId, ctx: FormContext): string {
  if (field === 'dailyBudget' || field === 'weeklyBudget') {
    return ctx.t(`budgetUnit.${ctx.settings.badgeMetric}`);
  }
  return 'Wh';
}

/** A problem as a sentence in the page's language. */
function problemText(field: FieldId, problem: FieldProblem, ctx: FormContext): string {
  const { t, language } = ctx;
  const amount = (n: number) =>
    `${new Intl.NumberFormat(language).format(n)} ${unitOf(field, ctx)}`;
  switch (problem.kind) {
    case 'number':
      return t('errorNumber', {
        example: formatDecimal(field.startsWith('custom.') ? 0.3 : 20, language),
      });
    case 'min':
      return t('errorMin', { min: amount(problem.bound) });
    case 'max':
      return t('errorMax', { max: amount(problem.bound) });
    case 'budget-min':
      return t('errorBudgetMin');
    case 'invalid':
      return t('errorInvalid');
  }
}

/** The error line under a field, announced when it appears. */
function FieldError({ id, field, ctx }: { id: string; field: FieldId; ctx: FormContext }) {
  const problem = ctx.problems[field];
  if (!problem) return null;
  return (
    <p id={id} class="error" role="alert" data-testid={`error-${field}`}>
      {problemText(field, problem, ctx)}
    </p>
  );
}

/** A labelled decimal input with its unit, hint and error. */
function NumberInput({
  field,
  id,
  label,
  hint,
  ctx,
}: {
  field: NumberField;
  id: string;
  label: string;
  hint: string;
  ctx: FormContext;
}) {
  const invalid = Boolean(ctx.problems[field]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="input-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={ctx.numberText(field)}
          aria-invalid={invalid}
          aria-describedby={`${id}-unit ${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onInput={(e) => ctx.editNumber(field, (e.currentTarget as HTMLInputElement).value, false)}
          onChange={(e) => ctx.editNumber(field, (e.currentTarget as HTMLInputElement).value, true)}
        />
        <span class="unit" id={`${id}-unit`}>
          {unitOf(field, ctx)}
        </span>
      </div>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <FieldError id={`${id}-error`} field={field} ctx={ctx} />
    </div>
  );
}

/** A publication list: linked titles open in a new tab, unlinked ones (no public copy) as text. */
function SourceList({
  sources,
  labelId,
  t,
}: {
  sources: readonly Source[];
  labelId: string;
  t: Translate;
}) {
  return (
    <ul class="sources" aria-labelledby={labelId}>
      {sources.map((source) => (
        <li key={source.title}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {t('sourceYear', { title: source.title, year: String(source.year) })}
              <span class="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
          ) : (
            t('sourceYear', { title: source.title, year: String(source.year) })
          )}
        </li>
      ))}
    </ul>
  );
}

/** Energy per action under a preset: one figure, or the spread across sites ("0.24–0.34 Wh"). */
function energyText(preset: Preset, kind: 'prompt' | 'image', ctx: FormContext): string {
  if (preset.id === 'custom') {
    const wh = kind === 'prompt' ? ctx.settings.custom.promptWh : ctx.settings.custom.imageWh;
    return formatEnergy(wh, ctx.language);
  }
  const factors = preset.factors[kind];
  const all = [factors.wh, ...Object.values(factors.whBySite ?? {})];
  const low = Math.min(...all);
  const high = Math.max(...all);
  if (low === high) return formatEnergy(low, ctx.language);
  return `${formatEnergy(low, ctx.language).replace(/\s*Wh$/, '')}–${formatEnergy(high, ctx.language)}`;
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

function PresetCard({ id, ctx }: { id: PresetId; ctx: FormContext }) {
  const { t, settings } = ctx;
  const preset = PRESETS[id];
  const chosen = settings.presetId === id;
  return (
    <div class={`preset-card${chosen ? ' chosen' : ''}`} data-testid={`preset-${id}`}>
      <label class="preset-choice">
        <input
          type="radio"
          name="preset"
          value={id}
          checked={chosen}
          aria-describedby={`preset-${id}-about preset-${id}-figures`}
          onChange={() => ctx.commit('presetId', { presetId: id })}
        />
        <span class="preset-name">{t(`presetName.${id}`)}</span>
      </label>
      <p id={`preset-${id}-about`} class="preset-about">
        {t(`presetAbout.${id}`)}
      </p>
      <p id={`preset-${id}-figures`} class="preset-figures">
        {t('presetFigures', {
          prompt: energyText(preset, 'prompt', ctx),
          image: energyText(preset, 'image', ctx),
        })}
      </p>
      {id === 'custom' && chosen && (
        <div class="field-grid">
          {(
            [
              ['custom.promptWh', 'custom-prompt', 'customPromptLabel'],
              ['custom.imageWh', 'custom-image', 'customImageLabel'],
            ] as const
          ).map(([field, inputId, label]) => {
            const bounds = boundsOf(field)!;
            const amount = (n: number) => `${new Intl.NumberFormat(ctx.language).format(n)} Wh`;
            return (
              <NumberInput
                key={field}
                field={field}
                id={inputId}
                label={t(label)}
                hint={t('customHint', { min: amount(bounds.min), max: amount(bounds.max) })}
                ctx={ctx}
              />
            );
          })}
        </div>
      )}
      <p class="sources-label" id={`preset-${id}-sources`}>
        {t('sourcesLabel')}
      </p>
      <SourceList sources={preset.sources} labelId={`preset-${id}-sources`} t={t} />
    </div>
  );
}

/** Preset, custom factors, grid region and water location. */
export function AssumptionsSection(ctx: FormContext) {
  const { t, settings, language } = ctx;
  const perKwh = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const perWh = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  return (
    <Section id="assumptions" title={t('assumptionsHeading')} intro={t('assumptionsIntro')}>
      <fieldset class="presets">
        <legend>{t('presetLegend')}</legend>
        {PRESET_IDS.map((id) => (
          <PresetCard key={id} id={id} ctx={ctx} />
        ))}
        <FieldError id="preset-error" field="presetId" ctx={ctx} />
      </fieldset>
      <div class="field-grid">
        <div class="field">
          <label for="region">{t('regionLabel')}</label>
          <select
            id="region"
            value={settings.regionId}
            aria-describedby="region-hint"
            onChange={(e) =>
              ctx.commit('regionId', {
                regionId: (e.currentTarget as HTMLSelectElement).value as UserSettings['regionId'],
              })
            }
          >
            {REGION_IDS.map((id) => (
              <option key={id} value={id}>
                {t('perKwh', {
                  name: t(`region.${id}`),
                  value: perKwh.format(REGIONS[id].gco2PerKwh),
                })}
              </option>
            ))}
          </select>
          <p id="region-hint" class="hint">
            {t('regionHint', { source: REGIONS[settings.regionId].source[ctx.language] })}
          </p>
          <FieldError id="region-error" field="regionId" ctx={ctx} />
        </div>
        <div class="field">
          <label for="water">{t('waterLabel')}</label>
          <select
            id="water"
            value={settings.waterLocationId}
            aria-describedby="water-hint"
            onChange={(e) =>
              ctx.commit('waterLocationId', {
                waterLocationId: (e.currentTarget as HTMLSelectElement)
                  .value as UserSettings['waterLocationId'],
              })
            }
          >
            {WATER_LOCATION_IDS.map((id) => (
              <option key={id} value={id}>
                {t('perWh', {
                  name: t(`water.${id}`),
                  value: perWh.format(WATER_LOCATIONS[id].mlPerWh),
                })}
              </option>
            ))}
          </select>
          <p id="water-hint" class="hint">
            {t('waterHint', {
              source: WATER_LOCATIONS[settings.waterLocationId].source[ctx.language],
            })}
          </p>
          <FieldError id="water-error" field="waterLocationId" ctx={ctx} />
        </div>
      </div>
    </Section>
  );
}

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
        <NumberInput
          field="dailyBudget"
          id="daily-budget"
          label={t('dailyBudgetLabel')}
          hint={t('budgetHint')}
          ctx={ctx}
        />
        <NumberInput
          field="weeklyBudget"
          id="weekly-budget"
          label={t('weeklyBudgetLabel')}
          hint={t('budgetHint')}
          ctx={ctx}
        />
      </div>
      <p class="note" id="budget-note">
        {t('budgetNote')}
      </p>
    </Section>
  );
}

/** Browser default, English or Dutch; the page follows the choice at once. */
export function LanguageSection(ctx: FormContext) {
  const { t, settings, browserLanguage } = ctx;
  const name = (choice: LanguageChoice) =>
    choice === 'auto'
      ? `${t('languageAuto')} (${LANGUAGE_NAMES[browserLanguage]})`
      : LANGUAGE_NAMES[choice];
  return (
    <Section id="language" title={t('languageHeading')}>
      <div class="field">
        <label for="language">{t('languageLabel')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) =>
            ctx.commit('language', {
              language: (e.currentTarget as HTMLSelectElement).value as LanguageChoice,
            })
          }
        >
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {name(choice)}
            </option>
          ))}
        </select>
        <FieldError id="language-error" field="language" ctx={ctx} />
      </div>
    </Section>
  );
}

/** Only the use phase is counted; heavy reasoning turns are mentioned, never folded in. */
export function ScopeSection({ language, t }: { language: Language; t: Translate }) {
  return (
    <Section id="scope" title={t('scopeHeading')}>
      <p class="note">{t('scopeDetail')}</p>
      <p class="note">
        {t('heavyReasoning', {
          low: formatEnergy(HEAVY_REASONING.lowWh, language).replace(/\s*Wh$/, ''),
          high: formatEnergy(HEAVY_REASONING.highWh, language),
        })}
      </p>
      <p class="sources-label" id="reasoning-sources">
        {t('sourcesLabel')}
      </p>
      <SourceList sources={HEAVY_REASONING.sources} labelId="reasoning-sources" t={t} />
    </Section>
  );
}
