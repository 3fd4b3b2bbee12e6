import type { Language } from '../../i18n';
import { classText } from '../../i18n/class-page';

/** The options page's way to the teachers' class page (class.html). */
export function ClassPageLink({ language }: { language: Language }) {
  return (
    <section aria-labelledby="class-page-heading">
      <h2 id="class-page-heading">{classText(language, 'title')}</h2>
      <p class="note">{classText(language, 'classSectionIntro')}</p>
      <p>
        <a href="/class.html" data-testid="class-page-link">
          {classText(language, 'openClassPage')}
        </a>
      </p>
    </section>
  );
}
