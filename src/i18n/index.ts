import { MESSAGES, type Language, type MessageKey } from './messages';

export type { Language, MessageKey };

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

/** Fills `{name}` placeholders of a message template from `values` (unknown names stay visible). */
export function fillTemplate(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** Picks the `one|other` form of a template for `count` in `language` and puts `n` (formatted) in it. */
export function pluralTemplate(
  template: string,
  language: Language,
  count: number,
  n: string,
): string {
  const [one, other = one] = template.split('|') as [string, string?];
  const form = new Intl.PluralRules(language).select(count) === 'one' ? one : other;
  return form.replace('{n}', n);
}

/** The text for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string> = {},
): string {
  return fillTemplate(MESSAGES[language][key], values);
}

/** A count in words, from a `one|other` message ("1 prompt", "3 prompts"); `n` is already formatted. */
export function plural(language: Language, key: MessageKey, count: number, n: string): string {
  return pluralTemplate(MESSAGES[language][key], language, count, n);
}
