import { useEffect, useState } from 'preact/hooks';
import { cleanClassName, MAX_CLASS_NAME } from '../../storage/class-shares';
import type { Translator } from '../../i18n';
import { importShareFiles, type ClassStore, type ImportLine } from './data';

/**
 * Where the teacher names the class and picks or drops many share files at once. Each file gets
 * its own line: added, replaced (the same student's week again), unchanged, or why it was refused.
 */
export function ClassImport({
  store,
  classes,
  current,
  t,
  onStored,
}: {
  store: ClassStore;
  classes: readonly string[];
  current: string;
  t: Translator;
  onStored: (choice: { classId: string; week: string }) => void;
}) {
  const [name, setName] = useState(current);
  const [lines, setLines] = useState<
    { classId: string; lines: ImportLine[] } | { error: string } | null
  >(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (current) setName(current);
  }, [current]);

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    const classId = cleanClassName(name);
    if (!classId) {
      setLines({ error: t('class.importNeedsName') });
      return;
    }
    try {
      const result = await importShareFiles(store, classId, files);
      setLines({ classId, lines: result });
      const weeks = result.flatMap((l) => ('week' in l ? [l.week] : [])).sort();
      if (weeks.length) onStored({ classId, week: weeks[weeks.length - 1]! });
    } catch (error) {
      setLines({ error: String(error) });
    }
  };

  return (
    <section class="card import no-print" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('class.importHeading')}</h2>
      <div class="controls">
        <label>
          {t('class.name')}{' '}
          <input
            type="text"
            list="class-names"
            data-testid="class-name"
            maxLength={MAX_CLASS_NAME}
            placeholder={t('class.namePlaceholder')}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <datalist id="class-names">
            {classes.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label
          class={`button drop${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void add([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          {t('class.importFiles')}
          <input
            type="file"
            multiple
            accept="application/json,.json"
            data-testid="class-import"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void add(files);
            }}
          />
        </label>
      </div>
      {lines && (
        <ul class="import-lines" data-testid="class-import-result" aria-live="polite">
          {'error' in lines ? (
            <li class="error" data-status="error">
              {lines.error}
            </li>
          ) : (
            lines.lines.map((line, i) => (
              <li
                key={i}
                class={'error' in line ? 'error' : 'ok'}
                data-testid="class-import-line"
                data-status={'error' in line ? 'error' : line.outcome}
              >
                {'error' in line
                  ? t('class.importFailed', { file: line.file, error: line.error })
                  : t(
                      line.outcome === 'added'
                        ? 'class.importAdded'
                        : line.outcome === 'replaced'
                          ? 'class.importReplaced'
                          : 'class.importUnchanged',
                      { file: line.file, class: lines.classId, week: line.week },
                    )}
              </li>
            ))
          )}
        </ul>
      )}
    </section>
  );
}
