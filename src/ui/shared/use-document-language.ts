import { useEffect } from 'preact/hooks';
import type { Language } from '../../i18n';

/**
 * Keeps `<html lang>` and the tab title with the language the page shows: the HTML files say "en"
 * until the settings are read, and a screen reader or hyphenation follows `lang`.
 */
export function useDocumentLanguage(language: Language, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
