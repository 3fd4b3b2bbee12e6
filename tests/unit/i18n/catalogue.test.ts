import { describe, expect, it } from 'vitest';
import { plural, translate, translator } from '../../../src/i18n';
import { MESSAGES } from '../../../src/i18n/messages';

type CataloguePart = { en: Record<string, string>; nl: Record<string, string> };
/** Every screen file of the catalogue, so a new one is checked without being listed here. */
const PARTS = Object.fromEntries(
  Object.entries(
    import.meta.glob<CataloguePart>('../../../src/i18n/catalogue/*.ts', { eager: true }),
  ).map(([path, part]) => [path.replace(/^.*\/|\.ts$/g, ''), part]),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.nl).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const [name, part] of Object.entries(PARTS)) {
      expect(Object.keys(part.nl).sort(), name).toEqual(Object.keys(part.en).sort());
    }
    for (const language of ['en', 'nl'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[language])) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('defines each key in one screen file only', () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of Object.keys(part.en)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        expect(MESSAGES.en, `${name} is part of the catalogue`).toHaveProperty([key]);
        seen.set(key, name);
      }
    }
  });

  it('uses the same placeholders and plural forms in English and Dutch', () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      const en = MESSAGES.en[key];
      const nl = MESSAGES.nl[key];
      expect(placeholders(nl), key).toEqual(placeholders(en));
      expect(nl.split('|').length, key).toBe(en.split('|').length);
    }
  });

  it('fills placeholders and picks the plural form of the language', () => {
    expect(translate('nl', 'range', { low: '1 Wh', high: '2 Wh' })).toBe('van 1 Wh tot 2 Wh');
    expect(translate('en', 'range', { low: '1 Wh' })).toBe('range 1 Wh–{high}');
    expect(plural('en', 'imageCount', 1)).toBe('1 image');
    expect(plural('nl', 'imageCount', 1500)).toBe('1.500 afbeeldingen');
    const t = translator('nl');
    expect(t('today')).toBe('Vandaag');
    expect(t.plural('promptCount', 2)).toBe('2 prompts');
    expect(t.language).toBe('nl');
  });
});
