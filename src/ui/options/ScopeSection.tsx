import { formatEnergy, HEAVY_REASONING } from '../../footprint';
import type { Translator } from '../../i18n';
import { SourceList } from '../shared/SourceList';
import { Section } from './fields';

/** Only the use phase is counted; heavy reasoning turns are mentioned, never folded in. */
export function ScopeSection({ t }: { t: Translator }) {
  return (
    <Section id="scope" title={t('scopeHeading')}>
      <p class="note">{t('scopeDetail')}</p>
      <p class="note">
        {t('heavyReasoning', {
          low: formatEnergy(HEAVY_REASONING.lowWh, t.language).replace(/\s*Wh$/, ''),
          high: formatEnergy(HEAVY_REASONING.highWh, t.language),
        })}
      </p>
      <p class="sources-label" id="reasoning-sources">
        {t('sourcesLabel')}
      </p>
      <SourceList sources={HEAVY_REASONING.sources} labelId="reasoning-sources" t={t} />
      <ul class="page-links">
        <li>
          <a href="/welcome.html" data-testid="welcome-link">
            {t('welcomeLink')}
          </a>
        </li>
        <li>
          <a href="/privacy.html" data-testid="privacy-link">
            {t('privacyLink')}
          </a>
        </li>
      </ul>
    </Section>
  );
}
