import type { Language } from '../../i18n';
import { classText } from '../../i18n/class-page';

/** A link to the teachers' class page (class.html), for the options page. */
export function ClassPageLink({ language }: { language: Language }) {
  return (
    <p class="intro">
      <a href="/class.html" data-testid="class-page-link">
        {classText(language, 'classPageLink')}
      </a>
    </p>
  );
}
