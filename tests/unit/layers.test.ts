import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers stack one way. Each folder of src/ may import only the folders listed here (and itself);
 * type-only imports count too. docs/architecture.md draws the same map.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  i18n: [],
  footprint: ['i18n'],
  sites: ['domain'],
  messaging: ['domain', 'sites'],
  detect: ['domain', 'messaging'],
  content: ['domain', 'sites', 'detect', 'messaging'],
  storage: ['domain', 'sites', 'footprint'],
  settings: ['domain', 'footprint', 'storage'],
  class: ['footprint'],
  background: ['domain', 'sites', 'messaging', 'storage', 'settings', 'footprint', 'i18n'],
  ui: ['domain', 'sites', 'messaging', 'storage', 'settings', 'class', 'footprint', 'i18n'],
};

const ROOT = join(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The src/ folder a file or import target lies in, or null when it lies outside src/. */
function layerOf(path: string): string | null {
  const inSrc = relative(SRC, path);
  return inSrc.startsWith('..') ? null : (inSrc.split(/[\\/]/)[0] ?? null);
}

/** Every project module a file imports (static, type-only, re-exports, dynamic), as absolute paths. */
function projectImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return (
    importedFiles
      .map(({ fileName }) => fileName)
      .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'))
      // A document built in as text (the privacy policy) is no code and has no layer.
      .filter((spec) => !spec.endsWith('?raw'))
      .map((spec) =>
        spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(file), spec),
      )
  );
}

const files = sourceFiles(SRC);

describe('layers', () => {
  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('finds the imports it checks', () => {
    const arrows = files.flatMap(projectImports);
    expect(arrows.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(MAY_IMPORT))('%s imports only the layers below it', (layer) => {
    const allowed = new Set([layer, ...MAY_IMPORT[layer]!]);
    const wrong = files
      .filter((file) => layerOf(file) === layer)
      .flatMap((file) =>
        projectImports(file)
          .filter((target) => !allowed.has(layerOf(target) ?? 'outside src/'))
          .map((target) => `${relative(ROOT, file)} -> ${relative(ROOT, target)}`),
      );
    expect(wrong).toEqual([]);
  });

  it('has no cycle between layers', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (layer: string, path: string[]): void => {
      if (done.has(layer)) return;
      expect(visiting.has(layer), [...path, layer].join(' -> ')).toBe(false);
      visiting.add(layer);
      for (const below of MAY_IMPORT[layer] ?? []) visit(below, [...path, layer]);
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of Object.keys(MAY_IMPORT)) visit(layer, []);
  });
});
