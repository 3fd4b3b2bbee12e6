import {
  PRESET_IDS,
  REGION_IDS,
  REGIONS,
  WATER_LOCATION_IDS,
  WATER_LOCATIONS,
} from '../../footprint';
import type { UserSettings } from '../../settings/settings';
import { FieldError, Section } from './fields';
import type { FieldId } from './numbers';
import { PresetCard } from './PresetCard';
import type { FormContext } from './use-settings-form';

/** A labelled choice from a list, with a hint under it and its error. */
function SelectField<Id extends string>({
  id,
  field,
  label,
  value,
  options,
  hint,
  onChoose,
  ctx,
}: {
  id: string;
  field: FieldId;
  label: string;
  value: Id;
  options: readonly { id: Id; text: string }[];
  hint: string;
  onChoose: (id: Id) => void;
  ctx: FormContext;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value as Id)}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.text}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <FieldError id={`${id}-error`} field={field} ctx={ctx} />
    </div>
  );
}

/** Preset, custom factors, grid region and water location. */
export function AssumptionsSection(ctx: FormContext) {
  const { t, settings } = ctx;
  const { language } = t;
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
        <SelectField<UserSettings['regionId']>
          id="region"
          field="regionId"
          label={t('regionLabel')}
          value={settings.regionId}
          options={REGION_IDS.map((id) => ({
            id,
            text: t('perKwh', {
              name: t(`region.${id}`),
              value: perKwh.format(REGIONS[id].gco2PerKwh),
            }),
          }))}
          hint={t('regionHint', { source: REGIONS[settings.regionId].source[language] })}
          onChoose={(regionId) => ctx.commit('regionId', { regionId })}
          ctx={ctx}
        />
        <SelectField<UserSettings['waterLocationId']>
          id="water"
          field="waterLocationId"
          label={t('waterLabel')}
          value={settings.waterLocationId}
          options={WATER_LOCATION_IDS.map((id) => ({
            id,
            text: t('perWh', {
              name: t(`water.${id}`),
              value: perWh.format(WATER_LOCATIONS[id].mlPerWh),
            }),
          }))}
          hint={t('waterHint', {
            source: WATER_LOCATIONS[settings.waterLocationId].source[language],
          })}
          onChoose={(waterLocationId) => ctx.commit('waterLocationId', { waterLocationId })}
          ctx={ctx}
        />
      </div>
    </Section>
  );
}
