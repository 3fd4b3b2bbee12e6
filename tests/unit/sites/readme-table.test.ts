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
  const lines = readFileSync(join(__dirname, '../../../README.md'), 'utf8').split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  const header = lines.findIndex((line) => line.startsWith('|') && cells(line).includes('Sites'));
  if (header < 0) return [];
  const column = cells(lines[header]!).indexOf('Sites');
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line)[column] ?? '');
  }
  return rows.flatMap((cell) => cell.split(',').map((entry) => entry.trim()));
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
