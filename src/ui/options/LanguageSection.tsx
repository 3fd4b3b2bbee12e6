import type { Language } from '../../i18n';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../settings/settings';
import { FieldError, Section } from './fields';
import type { FormContext } from './use-settings-form';

/** Language names in their own language, the way language pickers show them. */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', nl: 'Nederlands' };

/** Browser default, English or Dutch; the page follows the choice at once. */
export function LanguageSection(ctx: FormContext) {
  const { t, settings, browserLanguage } = ctx;
  const name = (choice: LanguageChoice) =>
    choice === 'auto'
      ? `${t('languageAuto')} (${LANGUAGE_NAMES[browserLanguage]})`
      : LANGUAGE_NAMES[choice];
  return (
    <Section id="language" title={t('languageHeading')}>
      <div class="field">
        <label for="language">{t('languageLabel')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) =>
            ctx.commit('language', {
              language: (e.currentTarget as HTMLSelectElement).value as LanguageChoice,
            })
          }
        >
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {name(choice)}
            </option>
          ))}
        </select>
        <FieldError id="language-error" field="language" ctx={ctx} />
      </div>
    </Section>
  );
}
