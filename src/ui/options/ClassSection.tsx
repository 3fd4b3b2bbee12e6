import type { Translator } from '../../i18n';
import { Section } from './fields';

/** The way to the teachers' class page (class.html). */
export function ClassSection({ t }: { t: Translator }) {
  return (
    <Section id="class-page" title={t('class.title')} intro={t('class.optionsIntro')}>
      <p>
        <a href="/class.html" data-testid="class-page-link">
          {t('class.open')}
        </a>
      </p>
    </Section>
  );
}
