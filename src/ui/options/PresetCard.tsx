import {
  PRESETS,
  formatEnergy,
  reportOver2025Values,
  type Preset,
  type PresetId,
} from '../../footprint';
import { SourceList } from '../shared/SourceList';
import { NumberInput } from './fields';
import { boundsOf } from './numbers';
import type { FormContext } from './use-settings-form';

/** Energy per action under a preset: one figure, or the spread across sites ("0.24–0.34 Wh"). */
function energyText(preset: Preset, kind: 'prompt' | 'image', ctx: FormContext): string {
  const { language } = ctx.t;
  if (preset.id === 'custom') {
    const wh = kind === 'prompt' ? ctx.settings.custom.promptWh : ctx.settings.custom.imageWh;
    return formatEnergy(wh, language);
  }
  const factors = preset.factors[kind];
  const all = [factors.wh, ...Object.values(factors.whBySite ?? {})];
  const low = Math.min(...all);
  const high = Math.max(...all);
  if (low === high) return formatEnergy(low, language);
  return `${formatEnergy(low, language).replace(/\s*Wh$/, '')}–${formatEnergy(high, language)}`;
}

/** One preset to choose: what it means, its figures and sources; the custom one takes its own. */
export function PresetCard({ id, ctx }: { id: PresetId; ctx: FormContext }) {
  const { t, settings } = ctx;
  const preset = PRESETS[id];
  const chosen = settings.presetId === id;
  const wh = (n: number) => `${new Intl.NumberFormat(t.language).format(n)} Wh`;
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
        {t(`presetAbout.${id}`, reportOver2025Values())}
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
            return (
              <NumberInput
                key={field}
                field={field}
                id={inputId}
                label={t(label)}
                hint={t('customHint', { min: wh(bounds.min), max: wh(bounds.max) })}
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
