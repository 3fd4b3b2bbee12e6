import type { Source } from '../../footprint';
import type { Translator } from '../../i18n';

/**
 * A list of publications: a linked title opens in a new tab (and says so to a screen reader), a title
 * without a public copy is plain text.
 */
export function SourceList({
  sources,
  labelId,
  t,
}: {
  sources: readonly Source[];
  /** The id of the element that names the list ("Sources"). */
  labelId: string;
  t: Translator;
}) {
  return (
    <ul class="sources" aria-labelledby={labelId}>
      {sources.map((source) => {
        const text = t('sourceYear', { title: source.title, year: String(source.year) });
        return (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {text}
                <span class="visually-hidden"> {t('opensInNewTab')}</span>
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
