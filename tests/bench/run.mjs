// `npm run bench`: builds first (package.json), then measures the built extension in headless Chromium
// and prints a results table. Numbers are printed, never asserted. BENCH_REPEATS, BENCH_TOKENS,
// BENCH_TOKEN_MS, BENCH_EVENTS, BENCH_PAGE_REPEATS and BENCH_SENDS change the amounts.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM } from '../e2e/support/chromium.mjs';
import { measureBadgeLatency } from './badge-latency.mjs';
import { measureBridgedPages } from './bridged-page.mjs';
import { measureContentScripts } from './content-size.mjs';
import { measurePageCost } from './page-cost.mjs';
import { fixed, median } from './stats.mjs';
import { measureExtensionPages } from './ui-speed.mjs';

const setting = (name, fallback) => {
  const value = process.env[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
};

const KB = 1000;

const log = (line) => console.log(`[bench] ${line}`);

log('content-script size per page …');
const sizes = await measureContentScripts();
for (const { target, sites } of sizes) {
  log(`${target}: ${sites.map((s) => `${s.site} ${fixed(s.bytes / KB)} KB`).join(', ')}`);
}

const pageSettings = {
  repeats: setting('BENCH_REPEATS', 5),
  tokens: setting('BENCH_TOKENS', 2000),
  tokenMs: setting('BENCH_TOKEN_MS', 5),
};
log(
  `page cost: ${pageSettings.repeats}× with and without the extension, ${pageSettings.tokens} tokens every ${pageSettings.tokenMs} ms …`,
);
const page = await measurePageCost(pageSettings);
for (const side of ['with', 'without']) {
  log(
    `main-thread ms ${side}: ${page.runs[side].map((r) => fixed(r.TaskDuration * 1000, 0)).join(', ')}`,
  );
}
log(`ratios per pair: ${page.ratios.map((r) => fixed(r, 3)).join(', ')}`);

log(
  `bridged pages (Grok's answer read by the bridge, Copilot's socket frames): ${pageSettings.repeats}× with and without the extension …`,
);
const bridged = await measureBridgedPages(pageSettings);
for (const [site, result] of Object.entries(bridged)) {
  for (const side of ['with', 'without']) {
    log(
      `${site} main-thread ms ${side}: ${result.runs[side].map((r) => fixed(r.TaskDuration * 1000, 0)).join(', ')}`,
    );
  }
  log(`${site} ratios per pair: ${result.ratios.map((r) => fixed(r, 3)).join(', ')}`);
}

const events = setting('BENCH_EVENTS', 100_000);
const pageRepeats = setting('BENCH_PAGE_REPEATS', 20);
log(`popup and weekly page with ${events} events, ${pageRepeats} fresh tabs each …`);
const pages = await measureExtensionPages({ events, repeats: pageRepeats });
const kb = (bytes) => `${fixed(bytes / KB)} KB`;
log(
  `popup loads ${pages.bundle.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')} (JS ${kb(pages.bundle.jsBytes)}, CSS ${kb(pages.bundle.cssBytes)})`,
);
log(
  `import of ${events} events: ${pages.importMs} ms; popup shows ${JSON.stringify(pages.popupShows)}`,
);
const phaseLine = (phases) =>
  Object.entries(phases)
    .map(([name, ms]) => `${name} ${fixed(ms, 0)}`)
    .join(', ');
for (const [label, run] of [
  ['empty database', pages.emptyDb],
  [`${events} events, just imported`, pages.justImported],
  [`${events} events, settled`, pages.history],
]) {
  log(`popup ms, ${label}: ${run.popup.times.map((t) => fixed(t, 0)).join(', ')}`);
  log(`bare page ms, same turns: ${run.bare.times.map((t) => fixed(t, 0)).join(', ')}`);
  log(`popup phases (median ms after navigation start), ${label}: ${phaseLine(run.phases)}`);
}
log(`weekly ms: ${pages.weekly.times.map((t) => fixed(t, 0)).join(', ')}`);

const sends = setting('BENCH_SENDS', 30);
log(`event → badge latency over ${sends} sends …`);
const badge = await measureBadgeLatency({ sends });
log(`badge ms: ${badge.latencies.join(', ')}`);

const chrome = sizes.find((s) => s.target === 'chrome-mv3');
const largest = chrome.sites.find((s) => s.bytes === chrome.max);
const spread = `${fixed(Math.min(...page.ratios), 3)}–${fixed(Math.max(...page.ratios), 3)}`;
const rows = [
  [
    'Page cost: main-thread time with / without (median of pairs)',
    `${fixed(page.ratio, 3)} (pairs ${spread}; ratio of medians ${fixed(page.ratioOfMedians, 3)})`,
    '≤ 1.02',
  ],
  [
    'Page: script / layout time with vs without (medians)',
    ['ScriptDuration', 'LayoutDuration']
      .map(
        (metric) =>
          `${fixed(median(page.runs.with.map((r) => r[metric])) * 1000, 0)} vs ${fixed(median(page.runs.without.map((r) => r[metric])) * 1000, 0)} ms`,
      )
      .join(' / '),
    '',
  ],
  [
    "Extension's own CPU while streaming (profiled run)",
    `${fixed(page.profiled.extensionMs)} ms of ${fixed(page.profiled.taskMs, 0)} ms (${fixed((page.profiled.extensionMs / page.profiled.taskMs) * 100, 2)} %)`,
    '',
  ],
  ['Whole-document queries while streaming', String(page.profiled.documentQueries), '0'],
  ...Object.entries(bridged).flatMap(([site, result]) => [
    [
      `${site}: main-thread time with / without (median of pairs)`,
      `${fixed(result.ratio, 3)} (pairs ${fixed(Math.min(...result.ratios), 3)}–${fixed(Math.max(...result.ratios), 3)})`,
      '',
    ],
    [
      `${site}: the extension's own CPU while streaming (profiled run)`,
      `${fixed(result.profiled.extensionMs)} ms of ${fixed(result.profiled.taskMs, 0)} ms (${fixed((result.profiled.extensionMs / result.profiled.taskMs) * 100, 2)} %)`,
      '≤ 2 %',
    ],
  ]),
  ...sizes.map(({ target, max }) => [
    `Content script per page, largest (${target})`,
    `${fixed(max / KB)} KB${target === 'chrome-mv3' ? ` (${largest.site})` : ''}`,
    '≤ 15 KB',
  ]),
  [
    `Popup: totals rendered, ${events} events (p50 / p95; p50 over the bare page's)`,
    `${fixed(pages.history.popup.p50, 0)} / ${fixed(pages.history.popup.p95, 0)} ms (${fixed(pages.history.ratio, 2)}×)`,
    '≤ 100 ms',
  ],
  [
    `Popup: the same, timed right after the import (p50 / p95; over the bare page's)`,
    `${fixed(pages.justImported.popup.p50, 0)} / ${fixed(pages.justImported.popup.p95, 0)} ms (${fixed(pages.justImported.ratio, 2)}×)`,
    '',
  ],
  [
    "Popup: totals rendered, empty database (p50 / p95; p50 over the bare page's)",
    `${fixed(pages.emptyDb.popup.p50, 0)} / ${fixed(pages.emptyDb.popup.p95, 0)} ms (${fixed(pages.emptyDb.ratio, 2)}×)`,
    '',
  ],
  [
    'Bare extension page, no script (p50 / p95, beside the popup with history)',
    `${fixed(pages.history.bare.p50, 0)} / ${fixed(pages.history.bare.p95, 0)} ms`,
    '',
  ],
  [
    'Popup bundle (files it loads)',
    `JS ${kb(pages.bundle.jsBytes)} in ${pages.bundle.files.filter((f) => f.file.endsWith('.js')).length} files, CSS ${kb(pages.bundle.cssBytes)}`,
    '',
  ],
  [
    `Weekly page: totals + chart, ${events} events over a year (p50 / p95)`,
    `${fixed(pages.weekly.p50, 0)} / ${fixed(pages.weekly.p95, 0)} ms`,
    '',
  ],
  [`Event → badge, ${sends} sends (p50 / p95)`, `${badge.p50} / ${badge.p95} ms`, ''],
];

const chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
  stdio: ['ignore', 'pipe', 'ignore'],
})
  .toString()
  .trim();
console.log(
  `\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${fixed(totalmem() / 2 ** 30, 0)} GB RAM, ${chromiumVersion}, Node ${process.version}`,
);
console.log('\n| Measurement | Result | Target |\n| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
