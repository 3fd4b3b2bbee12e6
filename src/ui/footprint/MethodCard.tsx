import {
  formatCo2,
  formatEnergy,
  formatWater,
  HEAVY_REASONING,
  impactPerAction,
  PRESETS,
  RANGE,
  RANGE_SOURCES,
  REGIONS,
  VIDEO_SOURCES,
  WATER_LOCATIONS,
  type ActionKind,
  type Source,
} from '../../footprint';
import { clipSeconds } from '../../domain/video';
import type { Translator } from '../../i18n';
import type { UserSettings } from '../../settings/settings';
import { siteById } from '../../sites/registry';
import { SourceList } from '../shared/SourceList';

/** Each publication once (by its address, or its title when it has none), in first-seen order. */
function distinct(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url ?? s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How the figures are computed under the current settings, their sources, scope and tips. */
export function MethodCard({ settings, t }: { settings: UserSettings; t: Translator }) {
  const { language } = t;
  const preset = PRESETS[settings.presetId];
  const region = REGIONS[settings.regionId];
  const water = WATER_LOCATIONS[settings.waterLocationId];
  const number = new Intl.NumberFormat(language);
  const per = (kind: ActionKind) => {
    // A site without its own figure: the preset's general one.
    const i = impactPerAction(kind, '', settings);
    return {
      wh: formatEnergy(i.wh, language),
      gco2: formatCo2(i.gco2, language),
      ml: formatWater(i.ml, language),
    };
  };
  const bySite = settings.presetId === 'custom' ? undefined : preset.factors.prompt.whBySite;
  return (
    <section class="card method" aria-labelledby="method-heading">
      <h2 id="method-heading">{t('methodHeading')}</h2>
      <p>{t('methodIntro')}</p>
      <ul>
        <li data-testid="method-preset">
          {t('presetUsed', { name: t(`presetName.${settings.presetId}`) })}
        </li>
        <li>
          {t('perPrompt', per('prompt'))}
          {bySite &&
            ` (${Object.entries(bySite)
              .map(([site, wh]) => `${siteById(site)?.name ?? site}: ${formatEnergy(wh, language)}`)
              .join(', ')})`}
        </li>
        <li>{t('perImage', per('image'))}</li>
        <li data-testid="method-video">
          {t('perVideo', {
            ...per('video'),
            clipWh: formatEnergy(
              impactPerAction('video', '', settings).wh * clipSeconds(undefined),
              language,
            ),
            seconds: number.format(clipSeconds(undefined)),
            low: formatEnergy(RANGE.video.lowWh, language),
            high: formatEnergy(RANGE.video.highWh, language),
          })}{' '}
          {t('videoSites')}
        </li>
        {(
          [
            ['regionUsed', `region.${settings.regionId}`, region.gco2PerKwh, region.source],
            ['waterUsed', `water.${settings.waterLocationId}`, water.mlPerWh, water.source],
          ] as const
        ).map(([key, name, value, source]) => (
          <li key={key}>
            {t(key, { name: t(name), value: number.format(value), source: source[language] })}
          </li>
        ))}
        <li>
          {t('rangeUsed', {
            pLow: formatEnergy(RANGE.prompt.lowWh, language),
            pHigh: formatEnergy(RANGE.prompt.highWh, language),
            iLow: formatEnergy(RANGE.image.lowWh, language),
            iHigh: formatEnergy(RANGE.image.highWh, language),
          })}
        </li>
        <li>
          {t('reasoningNote', {
            low: formatEnergy(HEAVY_REASONING.lowWh, language),
            high: formatEnergy(HEAVY_REASONING.highWh, language),
          })}
        </li>
        <li>{t('equivalentsUsed')}</li>
      </ul>
      <h3 id="method-sources">{t('sourcesLabel')}</h3>
      <SourceList
        labelId="method-sources"
        sources={distinct([
          ...preset.sources,
          ...RANGE_SOURCES,
          ...VIDEO_SOURCES,
          ...HEAVY_REASONING.sources,
        ])}
        t={t}
      />
      <p class="scope" data-testid="out-of-scope">
        {t('outOfScope')}
      </p>
      <h3>{t('tipsHeading')}</h3>
      <ul class="tips">
        <li>{t('tip1')}</li>
        <li>{t('tip2')}</li>
        <li>{t('tip3')}</li>
        <li>{t('tip4')}</li>
      </ul>
    </section>
  );
}
