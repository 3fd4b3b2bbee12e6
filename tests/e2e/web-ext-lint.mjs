// Runs Mozilla's add-on linter (`web-ext lint`) on the Firefox builds and prints one line per build.
// Exits 1 when any build has errors (or cannot be linted); warnings and notices are only reported,
// since some are expected (store/amo-reviewer-notes.md#web-ext-lint-warnings). Usage: node tests/e2e/web-ext-lint.mjs [target…]
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { builtExtension, ROOT } from './support/paths.mjs';

const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');
const targets = process.argv.length > 2 ? process.argv.slice(2) : ['firefox-mv2', 'firefox-mv3'];

/** `a, b×2` for a list of codes. */
function codes(messages) {
  const counts = new Map();
  for (const { code } of messages) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => (n > 1 ? `${code}×${n}` : code))
    .join(', ');
}

async function lint(target) {
  const source = builtExtension(target); // throws (→ rejected) when the build is missing
  let stdout;
  try {
    ({ stdout } = await promisify(execFile)(
      WEB_EXT,
      ['lint', '--source-dir', source, '--output=json', '--no-config-discovery'],
      { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    // web-ext exits non-zero when there are errors; the report is still on stdout.
    if (!error.stdout) throw error;
    stdout = error.stdout;
  }
  return JSON.parse(stdout);
}

// Lint all targets at once (each takes a few seconds); report in the given order.
const reports = await Promise.allSettled(targets.map(lint));
let failed = false;
for (const [i, target] of targets.entries()) {
  try {
    if (reports[i].status === 'rejected') throw reports[i].reason;
    const report = reports[i].value;
    const { errors, warnings, notices } = report.summary;
    const detail = [
      errors && `errors: ${codes(report.errors)}`,
      warnings && `warnings: ${codes(report.warnings)}`,
      notices && `notices: ${codes(report.notices)}`,
    ].filter(Boolean);
    console.log(
      `${target}: ${errors} errors, ${warnings} warnings, ${notices} notices` +
        (detail.length ? ` (${detail.join('; ')})` : ''),
    );
    for (const e of report.errors) {
      const where = e.file ? ` [${e.file}${e.line ? `:${e.line}` : ''}]` : '';
      console.log(`  error ${e.code}: ${e.message}${where}`);
    }
    if (errors > 0) failed = true;
  } catch (error) {
    console.log(`${target}: could not lint: ${error.message.split('\n')[0]}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
