// The class page in the built extension: six fresh profiles send known prompts on ChatGPT and share
// the week from the weekly page; a seventh (the teacher) imports the six files. Members, prompts and
// energy follow from the sends; a file twice changes nothing; a re-sent share replaces the earlier
// one; four files stay below the privacy floor; a malformed file and an export file each get an
// error line and change nothing. Screenshots in en and nl: tests/e2e/artifacts/class-*.png and
// share-preview-*.png.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import {
  launchWithExtension,
  routeFlow,
  sendOnChatgpt,
  waitForBadge,
} from './support/chromium.mjs';
import { ARTIFACTS } from './support/paths.mjs';

/** Prompts each student sends: 1 + 2 + … + 6 = 21. */
const SENDS = [1, 2, 3, 4, 5, 6];
const TOTAL = SENDS.reduce((a, b) => a + b, 0);
/** The Dutch report preset (the default): 4 Wh, 1 g CO₂, 16 ml per prompt. */
const PROMPT = { wh: 4, gco2: 1, ml: 16 };

async function setLanguage(page, language) {
  await page.evaluate(async (lang) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, language: lang } });
  }, language);
}

/** One student: a fresh profile, `n` prompts on ChatGPT, then the week's share file (text). */
async function studentShare(n, index) {
  const ext = await launchWithExtension();
  try {
    await routeFlow(ext, chatgpt);
    const texts = Array.from({ length: n }, (_, i) => `Question ${i + 1} of student ${index}`);
    const chat = await sendOnChatgpt(
      ext,
      `https://chatgpt.com/c/6f1c2b1e-0000-4000-8000-00000000c${String(index).padStart(3, '0')}`,
      texts,
    );
    await waitForBadge(ext, String(n));
    await chat.close();
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${ext.extensionId}/footprint.html`);
    await page.locator('[data-testid="week-prompts"]').waitFor();
    const languages = index === 0 ? ['nl', 'en'] : ['en'];
    for (const language of languages) {
      await setLanguage(page, language);
      await page.reload();
      await page.click('[data-testid="share-week"]');
      await page.locator('[data-testid="share-preview"]').waitFor();
      if (index === 0) {
        await page.locator('.data-card').screenshot({
          path: join(ARTIFACTS, `share-preview-${language}.png`),
        });
      }
    }
    const shown = await page.$$eval('[data-testid="share-counts"] td[data-value]', (cells) =>
      cells.map((c) => Number(c.dataset.value)),
    );
    assert.deepEqual(shown, [n], 'the preview lists one row: today, ChatGPT, n prompts');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="share-save"]'),
    ]);
    assert.match(download.suggestedFilename(), /^ai-footprint-share-\d{4}-W\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    await page.locator('[data-testid="share-message"]').waitFor();
    return text;
  } finally {
    await ext.close();
  }
}

async function classFigures(page) {
  return page.$$eval('[data-testid^="class-"][data-value]', (els) =>
    Object.fromEntries(els.map((el) => [el.dataset.testid, el.dataset.value])),
  );
}

/** Picks files on the class page; returns each file's line status once all are shown. */
async function importFiles(page, files, className = '3B') {
  await page.fill('[data-testid="class-name"]', className);
  await page.setInputFiles(
    '[data-testid="class-import"]',
    files.map(([name, text]) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })),
  );
  await page.waitForFunction(
    ({ count, names }) => {
      const lines = [...document.querySelectorAll('[data-testid="class-import-line"]')];
      return lines.length === count && names.every((n, i) => lines[i].textContent.startsWith(n));
    },
    { count: files.length, names: files.map(([name]) => name) },
  );
  // The page reads the chosen week again after storing; wait until it has.
  await page.locator('main[data-busy="false"]').waitFor();
  return page.$$eval('[data-testid="class-import-line"]', (lines) =>
    lines.map((l) => ({ status: l.dataset.status, text: l.textContent })),
  );
}

describe('class page', { timeout: 600_000 }, () => {
  let shares;
  let teacher;
  let url;
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // One browser at a time: the machine has two shared cores.
    shares = [];
    for (const [i, n] of SENDS.entries()) shares.push(await studentShare(n, i));
    teacher = await launchWithExtension();
    url = `chrome-extension://${teacher.extensionId}/class.html`;
  });
  after(async () => teacher?.close());

  it('each share holds only format, version, week, pseudonym and counts per day × site × kind', () => {
    const files = shares.map((s) => JSON.parse(s));
    for (const [i, file] of files.entries()) {
      assert.deepEqual(Object.keys(file).sort(), [
        'counts',
        'format',
        'pseudonym',
        'version',
        'week',
      ]);
      assert.equal(file.format, 'ai-footprint-class-share');
      assert.equal(file.version, 1);
      assert.match(file.week, /^\d{4}-W\d{2}$/);
      assert.match(file.pseudonym, /^[0-9a-f]{32}$/);
      assert.equal(file.counts.length, 1);
      assert.deepEqual(Object.keys(file.counts[0]).sort(), ['count', 'day', 'kind', 'site']);
      assert.deepEqual(
        { site: file.counts[0].site, kind: file.counts[0].kind, count: file.counts[0].count },
        { site: 'chatgpt', kind: 'prompt', count: SENDS[i] },
      );
    }
    assert.equal(new Set(files.map((f) => f.pseudonym)).size, 6, 'a pseudonym per install');
    assert.equal(new Set(files.map((f) => f.week)).size, 1);
  });

  it('six shares: members 6, prompts the sum, energy the sum × 4 Wh; twice changes nothing', async () => {
    const page = await teacher.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="class-none"]').waitFor();
    const lines = await importFiles(
      page,
      shares.map((text, i) => [`student-${i + 1}.json`, text]),
    );
    assert.deepEqual(
      lines.map((l) => l.status),
      Array(6).fill('added'),
    );
    await page.locator('[data-testid="class-members"]').waitFor();
    const values = await classFigures(page);
    assert.equal(values['class-members'], '6');
    assert.equal(values['class-prompts'], String(TOTAL));
    assert.equal(values['class-images'], '0');
    assert.equal(Number(values['class-wh']), TOTAL * PROMPT.wh);
    assert.equal(Number(values['class-co2']), TOTAL * PROMPT.gco2);
    assert.equal(Number(values['class-water']), TOTAL * PROMPT.ml);
    assert.equal(Number(values['class-mean-prompts']), TOTAL / 6);
    assert.equal(Number(values['class-median-prompts']), 3.5);
    // All on one day: the school day is the week.
    assert.equal(Number(values['class-school-day']), TOTAL * PROMPT.wh);
    assert.equal(Number(values['class-report-day']), 2102.5);

    // The same file again: its line says so and nothing changes.
    const again = await importFiles(page, [['student-3-again.json', shares[2]]]);
    assert.deepEqual(
      again.map((l) => l.status),
      ['unchanged'],
    );
    assert.deepEqual(await classFigures(page), values);

    // A re-sent share of the same student (one more prompt) replaces the earlier one.
    const resent = JSON.parse(shares[2]);
    resent.counts[0].count += 1;
    const replaced = await importFiles(page, [['student-3-resent.json', JSON.stringify(resent)]]);
    assert.deepEqual(
      replaced.map((l) => l.status),
      ['replaced'],
    );
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="class-prompts"]')?.dataset.value === n,
      String(TOTAL + 1),
    );
    assert.equal((await classFigures(page))['class-members'], '6');
    await importFiles(page, [['student-3.json', shares[2]]]);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="class-prompts"]')?.dataset.value === n,
      String(TOTAL),
    );

    // A malformed file and a file of another format: an error line each, figures unchanged.
    const exportFile = JSON.stringify({
      format: 'ai-footprint-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      events: [],
    });
    const bad = await importFiles(page, [
      ['broken.json', '{"format": "ai-footprint-class-share", '],
      ['export.json', exportFile],
    ]);
    assert.deepEqual(
      bad.map((l) => l.status),
      ['error', 'error'],
    );
    assert.match(bad[0].text, /broken\.json: not added, nothing changed: not JSON/);
    assert.match(bad[1].text, /export\.json: .*format: not an ai-footprint-class-share file/);
    await page
      .locator('.import')
      .screenshot({ path: join(ARTIFACTS, 'class-import-errors-en.png') });
    assert.deepEqual(await classFigures(page), values);
    await page.close();
  });

  it('four shares are too few: only why, no figures', async () => {
    const page = await teacher.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="class-members"]').waitFor();
    const lines = await importFiles(
      page,
      shares.slice(0, 4).map((text, i) => [`4a-${i + 1}.json`, text]),
      '4A',
    );
    assert.deepEqual(
      lines.map((l) => l.status),
      Array(4).fill('added'),
    );
    await page.locator('[data-testid="class-too-small"]').waitFor();
    assert.equal(await page.getAttribute('[data-testid="class-too-small"]', 'data-members'), '4');
    assert.deepEqual(await classFigures(page), {
      'class-week-label': JSON.parse(shares[0]).week,
    });
    for (const id of ['class-members', 'class-prompts', 'class-wh', 'class-histogram']) {
      assert.equal(await page.locator(`[data-testid="${id}"]`).count(), 0, id);
    }
    await page.close();
  });

  for (const language of ['en', 'nl']) {
    it(`screenshots in ${language}`, async () => {
      const page = await teacher.context.newPage();
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(url);
      await setLanguage(page, language);
      await page.reload();
      await page.locator('[data-testid="class-choose"]').waitFor();
      await page.selectOption('[data-testid="class-choose"]', '3B');
      await page.locator('[data-testid="class-members"]').waitFor();
      await page.screenshot({ path: join(ARTIFACTS, `class-${language}.png`), fullPage: true });
      if (language === 'en') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(ARTIFACTS, 'class-print.png'), fullPage: true });
        await page.emulateMedia({ media: 'screen' });
      }
      await page.selectOption('[data-testid="class-choose"]', '4A');
      await page.locator('[data-testid="class-too-small"]').waitFor();
      await page.screenshot({
        path: join(ARTIFACTS, `class-too-small-${language}.png`),
        fullPage: true,
      });
      await page.close();
    });
  }

  it('removes one class, then all, and the teacher’s own counts stay', async () => {
    const page = await teacher.context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="class-choose"]').waitFor();
    await page.selectOption('[data-testid="class-choose"]', '4A');
    await page.click('[data-testid="class-remove"]');
    await page.click('[data-testid="class-remove-confirm"]');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="class-choose"] option')]
          .map((o) => o.value)
          .join() === '3B',
    );
    await page.click('[data-testid="class-remove-all"]');
    await page.click('[data-testid="class-remove-confirm"]');
    await page.locator('[data-testid="class-none"]').waitFor();
    assert.equal(teacher.extensionRequests.length, 0, 'the extension made no request');
    await page.close();
  });
});
