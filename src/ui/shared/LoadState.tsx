import type { MessageKey, Translator } from '../../i18n';

/**
 * What a screen shows while its data is read, or why it could not be read. `errorKey` is the message
 * that says what was being read, with an `{error}` placeholder.
 */
export function LoadState({
  error,
  errorKey = 'storageError',
  t,
}: {
  error: string | null;
  errorKey?: MessageKey;
  t: Translator;
}) {
  return error === null ? (
    <p class="note">{t('loading')}</p>
  ) : (
    <p class="note error" role="alert">
      {t(errorKey, { error })}
    </p>
  );
}
