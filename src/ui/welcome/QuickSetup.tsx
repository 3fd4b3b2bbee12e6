import { useState } from 'preact/hooks';
import { REGION_IDS, REGIONS, reportOver2025Values, type PresetId } from '../../footprint';
import type { Translator } from '../../i18n';
import type { UserSettings } from '../../settings/settings';

/** The two published presets a newcomer chooses between (their own figures live in the settings). */
const QUICK_PRESETS: readonly PresetId[] = ['dutch-report-2024', 'disclosures-2025'];

/**
 * The assumption in use, changeable in two clicks: which published figures, and where the
 * datacenter is. Each choice is saved at once, as on the options page.
 */
export function QuickSetup({
  settings,
  save,
  t,
}: {
  settings: UserSettings;
  save: (change: Partial<UserSettings>) => Promise<unknown>;
  t: Translator;
}) {
  const [chosen, setChosen] = useState(settings);
  const [status, setStatus] = useState<'saved' | { error: string } | null>(null);
  const choose = (change: Partial<UserSettings>) => {
    setChosen((current) => ({ ...current, ...change }));
    save(change).then(
      (issues) => setStatus(issues ? { error: t('errorInvalid') } : 'saved'),
      (error: unknown) => setStatus({ error: String(error) }),
    );
  };
  const perKwh = new Intl.NumberFormat(t.language, { maximumFractionDigits: 1 });
  return (
    <div class="quick-setup">
      <fieldset>
        <legend class="visually-hidden">{t('presetLegend')}</legend>
        {QUICK_PRESETS.map((id) => (
          <label key={id} class={`choice${chosen.presetId === id ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="preset"
              value={id}
              checked={chosen.presetId === id}
              data-testid={`welcome-preset-${id}`}
              onChange={() => choose({ presetId: id })}
            />
            <span>
              <strong>{t(`presetName.${id}`)}</strong>
              <span class="about">{t(`presetAbout.${id}`, reportOver2025Values())}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label for="welcome-region">{t('welcomeRegionLabel')}</label>
      <select
        id="welcome-region"
        data-testid="welcome-region"
        value={chosen.regionId}
        onChange={(e) =>
          choose({
            regionId: (e.currentTarget as HTMLSelectElement).value as UserSettings['regionId'],
          })
        }
      >
        {REGION_IDS.map((id) => (
          <option key={id} value={id}>
            {t('perKwh', { name: t(`region.${id}`), value: perKwh.format(REGIONS[id].gco2PerKwh) })}
          </option>
        ))}
      </select>
      <p class="status" role="status" aria-live="polite" data-testid="welcome-status">
        {status === 'saved'
          ? t('welcomeSaved')
          : status && t('saveFailed', { error: status.error })}
      </p>
    </div>
  );
}
