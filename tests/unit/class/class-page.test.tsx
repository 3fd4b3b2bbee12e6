// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { SHARE_FORMAT, type ShareFile } from '../../../src/storage/class-share-file';
import type { StoredClassShare } from '../../../src/storage/schema';
import type { ClassStore } from '../../../src/ui/class/data';
import { ClassPage } from '../../../src/ui/class/ClassPage';
import { ShareWeek } from '../../../src/ui/footprint/ShareWeek';

afterEach(cleanup);

const pseudonym = (i: number) => i.toString(16).padStart(32, '0');
const file = (i: number, count: number, week = '2026-W49'): ShareFile => ({
  format: SHARE_FORMAT,
  version: 1,
  week,
  pseudonym: pseudonym(i),
  counts: [{ day: '2026-12-01', site: 'chatgpt', kind: 'prompt', count }],
});

/** An in-memory store with the same replace-by-key rule as IndexedDB's. */
function memoryStore(initial: StoredClassShare[] = []): ClassStore & { rows: StoredClassShare[] } {
  const rows = [...initial];
  return {
    rows,
    settings: async () => ({ ...DEFAULT_SETTINGS }),
    index: async () => {
      const classes = [...new Set(rows.map((r) => r.classId))].sort();
      return classes.map((classId) => ({
        classId,
        weeks: [...new Set(rows.filter((r) => r.classId === classId).map((r) => r.week))]
          .sort()
          .reverse(),
      }));
    },
    shares: async (classId, week) => rows.filter((r) => r.classId === classId && r.week === week),
    store: async (classId, files) =>
      files.map((f) => {
        const i = rows.findIndex(
          (r) => r.classId === classId && r.week === f.week && r.pseudonym === f.pseudonym,
        );
        const share = { classId, week: f.week, pseudonym: f.pseudonym, counts: f.counts };
        if (i < 0) rows.push(share);
        else rows[i] = share;
        return i < 0 ? 'added' : 'replaced';
      }),
    removeClass: async (classId) => {
      rows.splice(0, rows.length, ...rows.filter((r) => r.classId !== classId));
    },
    removeAll: async () => {
      rows.splice(0, rows.length);
    },
  };
}

const stored = (classId: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ classId, ...file(i + 1, i + 1) }));

const figure = (id: string) => screen.queryByTestId(id)?.getAttribute('data-value');

describe('class page', () => {
  it('shows the group’s figures from 5 members up, under the teacher’s settings', async () => {
    render(<ClassPage store={memoryStore(stored('3B', 5))} language="en" />);
    await screen.findByTestId('class-members');
    expect(figure('class-members')).toBe('5');
    expect(figure('class-prompts')).toBe('15');
    expect(figure('class-images')).toBe('0');
    expect(Number(figure('class-wh'))).toBe(60);
    expect(Number(figure('class-co2'))).toBe(15);
    expect(Number(figure('class-water'))).toBe(240);
    expect(Number(figure('class-median-prompts'))).toBe(3);
    expect(Number(figure('class-report-day'))).toBe(2102.5);
    expect(screen.getByTestId('class-report-day').textContent).toBe(
      '260 prompts + 125 images = 2,102.5 Wh',
    );
    expect(screen.queryByTestId('class-too-small')).toBeNull();
    // No pseudonym anywhere on the page.
    expect(document.body.innerHTML).not.toContain(pseudonym(1));
  });

  it('below 5 members shows only why, in Dutch too', async () => {
    render(<ClassPage store={memoryStore(stored('3B', 4))} language="nl" />);
    const why = await screen.findByTestId('class-too-small');
    expect(why.textContent).toBe(
      '4 leerlingen hebben week 2026-W49 gedeeld. Cijfers zijn pas te zien vanaf 5 leerlingen, zodat niemands gebruik te herleiden is. Voeg meer weekbestanden toe om deze week te zien.',
    );
    for (const id of ['class-members', 'class-prompts', 'class-wh', 'class-histogram']) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
  });

  it('imports many files: a line each, a bad one changes nothing, a known pseudonym is replaced', async () => {
    const store = memoryStore(stored('3B', 4));
    render(<ClassPage store={store} language="en" />);
    await screen.findByTestId('class-too-small');
    const input = screen.getByTestId('class-import') as HTMLInputElement;
    const files = [
      new File([JSON.stringify(file(5, 5))], 'five.json'),
      new File(['{"format":'], 'broken.json'),
      new File([JSON.stringify(file(1, 10))], 'one-again.json'),
    ];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
    await screen.findByTestId('class-members');
    const lines = screen.getAllByTestId('class-import-line');
    expect(lines.map((l) => l.dataset.status)).toEqual(['added', 'error', 'replaced']);
    expect(lines[1]!.textContent).toMatch(/^broken\.json: not added, nothing changed: not JSON/);
    expect(figure('class-members')).toBe('5');
    expect(figure('class-prompts')).toBe(String(10 + 2 + 3 + 4 + 5));
    expect(store.rows).toHaveLength(5);
  });

  it('refuses files without a class name and stores nothing', async () => {
    const store = memoryStore();
    render(<ClassPage store={store} language="en" />);
    await screen.findByTestId('class-none');
    const input = screen.getByTestId('class-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file(1, 1))], 'a.json')],
      configurable: true,
    });
    fireEvent.change(input);
    await screen.findByText('Type the class’s name first; no file was added.');
    expect(store.rows).toHaveLength(0);
  });
});

describe('share preview on the weekly page', () => {
  it('shows exactly what the file holds, then saves it under the week’s name', async () => {
    const share = file(7, 4, '2026-W49');
    const save = vi.fn();
    render(
      <ShareWeek weekId="2026-W49" t={translator('en')} load={async () => share} save={save} />,
    );
    fireEvent.click(screen.getByTestId('share-week'));
    const preview = await screen.findByTestId('share-preview');
    expect(preview.textContent).toContain('File type: ai-footprint-class-share, version 1');
    expect(preview.textContent).toContain(
      'Week: 2026-W49 (Monday November 30 – Sunday December 6)',
    );
    expect(screen.getByTestId('share-pseudonym').dataset.value).toBe(pseudonym(7));
    expect(screen.getByTestId('share-counts').textContent).toBe('Tuesday, Dec 1ChatGPT4 prompts');
    fireEvent.click(screen.getByTestId('share-save'));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, type, text] = save.mock.calls[0]!;
    expect(name).toBe('ai-footprint-share-2026-W49.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(text)).toEqual(share);
    expect(screen.getByTestId('share-message').textContent).toBe(
      'Saved as ai-footprint-share-2026-W49.json. Hand this file to your teacher.',
    );
    expect(screen.queryByTestId('share-preview')).toBeNull();
  });

  it('links to the class page, and says when the file could not be made', async () => {
    render(
      <ShareWeek
        weekId="2026-W49"
        t={translator('nl')}
        load={() => Promise.reject(new Error('database closed'))}
      />,
    );
    expect(screen.getByTestId('class-page-link').getAttribute('href')).toBe('/class.html');
    expect(screen.getByTestId('class-page-link').textContent).toBe(
      'Voetafdruk van de klas (voor docenten)',
    );
    fireEvent.click(screen.getByTestId('share-week'));
    expect((await screen.findByTestId('share-message')).textContent).toBe(
      'Het bestand kon niet worden gemaakt: Error: database closed',
    );
    expect(screen.queryByTestId('share-preview')).toBeNull();
  });
});
