import { MESSAGES, type Language, type MessageKey } from './messages';

export type { Language, MessageKey };

/** Values for a message's `{name}` placeholders. */
type MessageValues = Record<string, string>;

/** The browser's UI language tag ('en' where none is known, e.g. in tests). */
export function browserLanguageTag(): string {
  return globalThis.navigator?.language ?? 'en';
}

/** The language to show: the user's choice, or the browser's for 'auto'. */
export function chosenLanguage(choice: 'auto' | Language): Language {
  return choice === 'auto' ? languageFor(browserLanguageTag()) : choice;
}

/** English or Dutch from a BCP 47 tag (the browser's UI language by default). */
export function languageFor(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The text for `key` in `language`, with `{name}` placeholders filled (unknown names stay visible). */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return MESSAGES[language][key].replace(
    /\{(\w+)\}/g,
    (_, name: string) => values[name] ?? `{${name}}`,
  );
}

/**
 * A count in words from a `one|other` message ("1 prompt", "3 prompts"), with the form `count` takes
 * in `language`; `n` is the count as shown (formatted for the language by default).
 */
export function plural(
  language: Language,
  key: MessageKey,
  count: number,
  n = new Intl.NumberFormat(language).format(count),
): string {
  const [one, other = one] = MESSAGES[language][key].split('|') as [string, string?];
  // The form follows the number as shown: 1.03 hours shows as "1", so "1 hour".
  const shownAsOne = n === new Intl.NumberFormat(language).format(1);
  const form = shownAsOne || new Intl.PluralRules(language).select(count) === 'one' ? one : other;
  return form.replace('{n}', n);
}

/** The text of one language, as the screens use it: `t('key', values)` and `t.plural('key', n)`. */
export interface Translator {
  (key: MessageKey, values?: MessageValues): string;
  plural: (key: MessageKey, count: number, n?: string) => string;
  language: Language;
}

/** The translator for `language`. */
export function translator(language: Language): Translator {
  const t = (key: MessageKey, values?: MessageValues) => translate(language, key, values);
  return Object.assign(t, {
    plural: (key: MessageKey, count: number, n?: string) => plural(language, key, count, n),
    language,
  });
}
