import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites/registry';

/**
 * The README's site table ("Where it counts") must agree with the registry. The table is the first
 * Markdown table with a `Sites` column; each of its cells lists site names separated by commas, a
 * name optionally followed by a qualifier in brackets ("ChatGPT (both 2026 layouts)").
 */
function readmeSiteCells(): string[] {
  return tableColumns('README.md', 'Sites', 'Sites').flatMap(([cell]) =>
    cell!.split(',').map((entry) => entry.trim()),
  );
}

/**
 * The rows of the first Markdown table in `file` that has a column `header`, as the cells of the
 * columns `names` (in that order).
 */
function tableColumns(file: string, header: string, ...names: string[]): string[][] {
  const lines = readFileSync(join(__dirname, '../../..', file), 'utf8').split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  const start = lines.findIndex((line) => line.startsWith('|') && cells(line).includes(header));
  if (start < 0) return [];
  const columns = names.map((name) => cells(lines[start]!).indexOf(name));
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(columns.map((column) => cells(line)[column] ?? ''));
  }
  return rows;
}

const names = SITES.map((site) => site.name);
/** The registry name an entry of the table names (the longest that fits: "Le Chat (Mistral)"). */
const nameOf = (entry: string) =>
  names
    .filter((name) => entry === name || entry.startsWith(`${name} (`))
    .sort((a, b) => b.length - a.length)[0];

describe("README's site table", () => {
  const entries = readmeSiteCells();

  it('exists', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('names only registered sites', () => {
    expect(entries.filter((entry) => !nameOf(entry))).toEqual([]);
  });

  it('names every registered site', () => {
    const named = new Set(entries.map(nameOf));
    expect(names.filter((name) => !named.has(name))).toEqual([]);
  });
});

/** A fixtures cell names a real capture or a model, each with the month it dates from. */
const DATED_EVIDENCE = /(real captures? 20\d\d-\d\d|models? (from [\w -]+ )?20\d\d-\d\d)/;

describe.each([
  ['README.md', 'Rests on'],
  ['docs/sites.md', 'Fixtures'],
])('%s says per site what it rests on', (file, column) => {
  const rows = tableColumns(file, column, 'Site', column);
  /** "[Le Chat (Mistral)](#le-chat-mistral)" → "Le Chat (Mistral)". */
  const siteName = (cell: string) => cell.replace(/^\[(.+)\]\(#[\w-]+\)$/, '$1');

  it('one row for every registered site', () => {
    expect(rows.map(([site]) => siteName(site!)).sort()).toEqual([...names].sort());
  });

  it('each a real capture or a model, with its date', () => {
    expect(rows.filter(([, evidence]) => !DATED_EVIDENCE.test(evidence!))).toEqual([]);
  });
});
