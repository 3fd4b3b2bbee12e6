// Extension pages with a heavy history: 100,000 events over the last year, stored through the real
// import path (the background's checkImport + mergeEvents). Times the popup (navigation start →
// totals in the DOM) with an empty database and with that history, each interleaved with a bare
// extension page that has no script (the browser's own floor for opening an extension page), notes
// when the popup's phases happened, and times the weekly page (→ totals and the drawn chart).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, readPopup } from '../e2e/support/chromium.mjs';
import { builtExtension } from '../e2e/support/paths.mjs';
import { quantile } from './stats.mjs';

const DAY_MS = 86_400_000;
const SITES = ['chatgpt', 'gemini', 'claude', 'copilot', 'perplexity', 'midjourney'];
const pad = (n) => String(n).padStart(2, '0');
const localDay = (at) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** `count` events spread evenly over the year before `now`; every 9th is an image. */
export function yearOfEvents(count, now) {
  return Array.from({ length: count }, (_, i) => {
    const at = now - Math.floor((i / count) * 365 * DAY_MS);
    const kind = i % 9 === 0 ? 'image' : 'prompt';
    return {
      id: randomBytes(16).toString('hex'),
      site: SITES[i % SITES.length],
      kind,
      trigger: kind === 'image' ? 'image' : 'send',
      at,
      day: localDay(at),
      sources: ['dom'],
    };
  });
}

const BARE_PAGE = 'bench-bare.html';
/** How long the browser is left alone after the import before the popup is timed again. */
const SETTLE_AFTER_IMPORT_MS = 20_000;

/**
 * A copy of the chrome-mv3 build with one more page, without script or style, so that the floor is
 * measured in the same extension process as the popup.
 */
function buildWithBarePage() {
  const dir = mkdtempSync(join(tmpdir(), 'aifp-bench-ext-'));
  cpSync(builtExtension('chrome-mv3'), dir, { recursive: true });
  writeFileSync(
    join(dir, BARE_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI Footprint</title></head>' +
      '<body><main data-testid="bare">AI Footprint</main></body></html>',
  );
  return dir;
}

/** Every file the built popup.html loads (scripts, module preloads, styles) and its bytes. */
export function popupBundle(dir = builtExtension('chrome-mv3')) {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(([, file]) => ({
    file,
    bytes: statSync(join(dir, file)).size,
  }));
  const total = (ext) =>
    files.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.bytes, 0);
  return { files, jsBytes: total('.js'), cssBytes: total('.css') };
}

// Runs in the extension page before its scripts. Notes (ms after navigation start) when the module
// scripts have run (DOMContentLoaded), when IndexedDB was asked to open and opened, when its first
// transaction completed, when browser.storage was first asked and last answered, and when every
// selector is in the DOM and, when asked, the Chart.js canvas has been set up and drawn.
function notePhases({ selectors, chart }) {
  const phases = (window.__phases = {});
  const first = (name) => (phases[name] ??= performance.now());
  const latest = (name) => phases.rendered === undefined && (phases[name] = performance.now());
  document.addEventListener('DOMContentLoaded', () => first('scriptsRun'));
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    first('dbOpenAsked');
    const request = open(...args);
    request.addEventListener('success', () => {
      first('dbOpened');
      const db = request.result;
      const transaction = db.transaction.bind(db);
      db.transaction = (...a) => {
        const tx = transaction(...a);
        tx.addEventListener('complete', () => first('dbRead'));
        return tx;
      };
    });
    return request;
  };
  const local = globalThis.chrome?.storage?.local;
  if (local) {
    const get = local.get.bind(local);
    local.get = (...args) => {
      first('settingsAsked');
      const answer = get(...args);
      answer.then(() => latest('settingsRead'));
      return answer;
    };
  }
  const done = () =>
    selectors.every((s) => document.querySelector(s)) &&
    (!chart || document.querySelector(chart)?.style.boxSizing === 'border-box');
  const observer = new MutationObserver(() => {
    if (!done()) return;
    first('rendered');
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Opens `url` in a fresh tab; the phases it went through (ms after navigation start). */
async function openTimed(context, url, marks) {
  const page = await context.newPage();
  await page.addInitScript(notePhases, marks);
  await page.goto(url);
  await page.waitForFunction(() => window.__phases.rendered !== undefined);
  const phases = await page.evaluate(() => window.__phases);
  await page.close();
  return phases;
}

const summary = (times) => ({ times, p50: quantile(times, 0.5), p95: quantile(times, 0.95) });

/** The median of each phase over the runs that reached it. */
function phaseMedians(runs) {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const medians = names.map((name) => {
    const times = runs.map((run) => run[name]).filter((t) => t !== undefined);
    return [name, quantile(times, 0.5)];
  });
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

const POPUP_MARKS = {
  selectors: ['[data-testid="today-prompts"]', '[data-testid="total-prompts"]'],
};
const BARE_MARKS = { selectors: ['[data-testid="bare"]'] };

/**
 * The popup and the bare page in turns (which goes first alternates), `repeats` times each: their
 * times, the popup's p50 over the bare page's p50 (comparable across machines) and the popup's phases.
 */
async function popupAgainstFloor(ext, repeats) {
  const base = `chrome-extension://${ext.extensionId}`;
  const popupRuns = [];
  const bareRuns = [];
  for (let i = 0; i < repeats; i++) {
    const popupFirst = i % 2 === 0;
    if (!popupFirst)
      bareRuns.push(await openTimed(ext.context, `${base}/${BARE_PAGE}`, BARE_MARKS));
    popupRuns.push(await openTimed(ext.context, `${base}/popup.html`, POPUP_MARKS));
    if (popupFirst) bareRuns.push(await openTimed(ext.context, `${base}/${BARE_PAGE}`, BARE_MARKS));
  }
  const popup = summary(popupRuns.map((run) => run.rendered));
  const bare = summary(bareRuns.map((run) => run.rendered));
  return { popup, bare, ratio: popup.p50 / bare.p50, phases: phaseMedians(popupRuns) };
}

/** Seeds the history, checks the popup shows exactly it, then times popup and weekly page. */
export async function measureExtensionPages({ events: count = 100_000, repeats = 20 } = {}) {
  const extensionDir = buildWithBarePage();
  const ext = await launchWithExtension({ extensionDir });
  try {
    const emptyDb = await popupAgainstFloor(ext, repeats);

    const now = Date.now() - 60_000;
    const events = yearOfEvents(count, now);
    const file = JSON.stringify({
      format: 'ai-footprint-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      events,
    });
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/footprint.html`);
    const started = Date.now();
    const ack = await page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'import-data', text }),
      file,
    );
    const importMs = Date.now() - started;
    await page.close();
    if (!ack?.ok || ack.added !== count) throw new Error(`import failed: ${JSON.stringify(ack)}`);

    const { popup, values } = await readPopup(ext);
    await popup.close();
    const today = localDay(Date.now());
    const expected = {
      'total-prompts': events.filter((e) => e.kind === 'prompt').length,
      'total-images': events.filter((e) => e.kind === 'image').length,
      'today-prompts': events.filter((e) => e.kind === 'prompt' && e.day === today).length,
    };
    for (const [id, value] of Object.entries(expected)) {
      if (values[id] !== value) throw new Error(`popup ${id} shows ${values[id]}, stored ${value}`);
    }

    // Storing 100,000 events in one go keeps the database's own threads busy for a while after the
    // import has answered (60–100 % CPU on 2 cores), which slows the bare page as much as the popup.
    // A person opens the popup long after their history was written: `history` is timed once that is
    // over; `justImported` right away, as this bench did before, for comparison.
    const justImported = await popupAgainstFloor(ext, repeats);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_IMPORT_MS));
    const history = await popupAgainstFloor(ext, repeats);
    const weeklyRuns = [];
    for (let i = 0; i < repeats; i++) {
      weeklyRuns.push(
        await openTimed(ext.context, `chrome-extension://${ext.extensionId}/footprint.html`, {
          selectors: ['[data-testid="week-prompts"]'],
          chart: '[data-testid="week-chart"]',
        }),
      );
    }
    return {
      events: count,
      importMs,
      popupShows: expected,
      bundle: popupBundle(extensionDir),
      emptyDb,
      justImported,
      history,
      weekly: summary(weeklyRuns.map((run) => run.rendered)),
    };
  } finally {
    await ext.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}
