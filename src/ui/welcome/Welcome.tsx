import { useEffect, useState } from 'preact/hooks';
import { browserLanguageTag, chosenLanguage, languageFor, translator } from '../../i18n';
import {
  loadSettings as loadUserSettings,
  saveSettings as saveUserSettings,
  type UserSettings,
} from '../../settings/settings';
import { SITES } from '../../sites/registry';
import { makesOnlyImages } from '../../sites/image-jobs';
import { LoadState } from '../shared/LoadState';
import { useDocumentLanguage } from '../shared/use-document-language';
import { QuickSetup } from './QuickSetup';
import './welcome.css';

/** Site names as a sentence list in the page's language ("A, B and C"). */
function siteList(language: string, imagesOnly: boolean): string {
  const names = SITES.filter((site) => makesOnlyImages(site) === imagesOnly).map((s) => s.name);
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/**
 * The page the extension opens once, right after it is installed: what it counts and where, the
 * privacy promise, the figures in use with a two-click choice, and how to pin the toolbar button.
 */
export function Welcome({
  loadSettings = loadUserSettings,
  saveSettings = saveUserSettings,
}: {
  loadSettings?: () => Promise<UserSettings>;
  saveSettings?: (change: Partial<UserSettings>) => Promise<unknown>;
}) {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, (e: unknown) => setError(String(e)));
  }, [loadSettings]);
  const t = translator(
    settings ? chosenLanguage(settings.language) : languageFor(browserLanguageTag()),
  );
  useDocumentLanguage(t.language, t('welcomeTitle'));
  return (
    <main class="welcome" lang={t.language}>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead')}</p>

      <section aria-labelledby="where-heading">
        <h2 id="where-heading">{t('welcomeWhereHeading')}</h2>
        <p data-testid="welcome-chat-sites">
          {t('welcomeChatSites', { sites: siteList(t.language, false) })}
        </p>
        <p data-testid="welcome-image-sites">
          {t('welcomeImageSites', { sites: siteList(t.language, true) })}
        </p>
        <p class="note">{t('welcomeSwitchSites')}</p>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
        <p>
          <a href="/privacy.html" data-testid="welcome-privacy-link">
            {t('welcomePrivacyLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('welcomeFiguresHeading')}</h2>
        <p>{t('welcomeFiguresIntro')}</p>
        {settings ? (
          <QuickSetup settings={settings} save={saveSettings} t={t} />
        ) : (
          <LoadState error={error} errorKey="settingsError" t={t} />
        )}
        <p>
          <a href="/options.html">{t('welcomeMore')}</a>
        </p>
      </section>

      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <ul class="pin-help">
          <li>{t('welcomePinChrome')}</li>
          <li>{t('welcomePinFirefox')}</li>
        </ul>
      </section>
    </main>
  );
}
