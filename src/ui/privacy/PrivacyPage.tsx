import { useEffect, useState } from 'preact/hooks';
import privacyEn from '../../../PRIVACY.md?raw';
import privacyNl from '../../../PRIVACY.nl.md?raw';
import {
  browserLanguageTag,
  chosenLanguage,
  languageFor,
  translator,
  type Language,
} from '../../i18n';
import { loadSettings as loadUserSettings, type UserSettings } from '../../settings/settings';
import { useDocumentLanguage } from '../shared/use-document-language';
import { Markdown } from './Markdown';
import '../welcome/welcome.css';

/**
 * The privacy policy in each language: the repository's PRIVACY files, built in as they are, less
 * the line pointing to the other language's file (the page follows the extension's language).
 */
export const PRIVACY_TEXT: Readonly<Record<Language, string>> = {
  en: withoutLanguageLink(privacyEn),
  nl: withoutLanguageLink(privacyNl),
};

function withoutLanguageLink(text: string): string {
  return text.replace(/^_[^\n]*\]\(PRIVACY(\.nl)?\.md\)\._\n+/m, '');
}

/** The privacy policy, in the extension's language (the same text the repository publishes). */
export function PrivacyPage({
  loadSettings = loadUserSettings,
}: {
  loadSettings?: () => Promise<UserSettings>;
}) {
  const [language, setLanguage] = useState<Language>(languageFor(browserLanguageTag()));
  useEffect(() => {
    loadSettings().then(
      (settings) => setLanguage(chosenLanguage(settings.language)),
      () => undefined, // the browser's language is a fine fallback for a policy text
    );
  }, [loadSettings]);
  const t = translator(language);
  useDocumentLanguage(language, t('privacyTitle'));
  return (
    <main class="welcome privacy" lang={language} data-testid="privacy-policy">
      <Markdown text={PRIVACY_TEXT[language]} />
    </main>
  );
}
