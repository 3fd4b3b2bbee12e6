import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The repository's documentation stands on its own: every relative link in a tracked Markdown file
 * resolves inside the repository (an `#anchor` into a Markdown file to one of its headings, by
 * GitHub's slug rules), and no tracked file refers to research notes kept outside it.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every tracked file, repository-relative with `/` separators (staged new files included). */
const TRACKED: readonly string[] = execFileSync('git', ['ls-files', '-z'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter(Boolean);

const TRACKED_FILES = new Set(TRACKED);
const TRACKED_DIRS = new Set(
  TRACKED.flatMap((file) => {
    const parts = file.split('/').slice(0, -1);
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  }),
);

const MARKDOWN = TRACKED.filter((file) => file.endsWith('.md'));

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative: not ours to check. */
const EXTERNAL = /^([a-z][a-z\d+.-]*:|\/\/)/i;

interface Link {
  file: string;
  line: number;
  url: string;
}

type MdNode = {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
  children?: MdNode[];
};

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

const parsed = new Map<string, MdNode>();
function tree(file: string): MdNode {
  let root = parsed.get(file);
  if (!root) {
    root = fromMarkdown(readFileSync(posix.join(ROOT, file), 'utf8')) as MdNode;
    parsed.set(file, root);
  }
  return root;
}

/** Links, images and link definitions of a Markdown file, plus `href`/`src` of inline HTML. */
function linksOf(file: string): Link[] {
  const links: Link[] = [];
  walk(tree(file), (node) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
      links.push({ file, line, url: node.url });
    }
    if (node.type === 'html' && node.value) {
      for (const [, url] of node.value.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/g)) {
        if (url) links.push({ file, line, url });
      }
    }
  });
  return links;
}

/** The anchors GitHub gives a Markdown file's headings (duplicates get `-1`, `-2` …). */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  walk(tree(file), (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
  });
  return anchors;
}

/** Where a relative link points: the repository path (no trailing slash) and its anchor, if any. */
function resolveLink(link: Link): { path: string; anchor?: string } {
  const [rawPath = '', ...rest] = link.url.split('#');
  const anchor = rest.length > 0 ? decodeURIComponent(rest.join('#')) : undefined;
  const target = decodeURIComponent(rawPath.split('?')[0] ?? '');
  if (target === '') return { path: link.file, anchor };
  const path = target.startsWith('/')
    ? posix.normalize(target.slice(1))
    : posix.normalize(posix.join(posix.dirname(link.file), target));
  return { path: path.replace(/\/$/, ''), anchor };
}

const RELATIVE_LINKS = MARKDOWN.flatMap(linksOf).filter((link) => !EXTERNAL.test(link.url));

const where = (link: Link) => `${link.file}:${link.line} → ${link.url}`;

/**
 * References to the research notes that live outside the repository: the folder itself (by a
 * relative or an absolute path) and the four notes, cited as files or by section (`NAME §3`). The
 * patterns are split so that this file does not match them itself.
 */
const OUTSIDE_REFERENCES = [
  new RegExp(['', 'work', 'shared\\b'].join('/')),
  new RegExp(`\\b(DESIGN|METHODOLOGY|SITES|TOOLCHAIN)(${'\\.md\\b'}|${' ?§'})`),
];

/** A relative path up into a folder named like the research folder (`src/ui/shared` is ours). */
const UP_INTO_SHARED = new RegExp(`(?:\\.\\./)+${'shared'}\\b`, 'g');

/** Whether a line climbs into a `shared` folder that is not a tracked folder of the repository. */
function leavesRepository(file: string, text: string): boolean {
  return [...text.matchAll(UP_INTO_SHARED)].some(
    ([path]) => !TRACKED_DIRS.has(posix.normalize(posix.join(posix.dirname(file), path))),
  );
}

/** Tracked text files: code, tests, fixtures, configs and documentation. */
const TEXT_FILE =
  /\.(ts|tsx|js|mjs|cjs|json|md|txt|html|css|svg|ya?ml|ndjson)$|^\.ci\/|^\.[a-z]+rc|^\.gitignore$|^\.prettierignore$/;
const TEXT_FILES = TRACKED.filter((file) => TEXT_FILE.test(file) && file !== 'package-lock.json');

/** Top folders of the repository: a path starting with one of them names a file of ours. */
const REPOSITORY_PATH =
  /(?<![\w./@-])((?:src|tests|entrypoints|docs|store|public|assets)\/[\w./-]*[\w/])(?![\w${<*])/g;

/** A whole backticked path, which may name a family of files: `tests/sites/<id>/SOURCE.txt`. */
const PLACEHOLDER_PATH = /^(?:src|tests|entrypoints|docs|store|public|assets)\/[\w./<>-]*[\w/>]$/;

/** Whether a path names a tracked file or folder; a `<placeholder>` segment stands for any name. */
function exists(path: string): boolean {
  const bare = path.replace(/\/$/, '');
  if (!bare.includes('<')) return TRACKED_FILES.has(bare) || TRACKED_DIRS.has(bare);
  const pattern = new RegExp(
    `^${bare
      .split(/<[^>/]*>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );
  return [...TRACKED_FILES, ...TRACKED_DIRS].some((name) => pattern.test(name));
}

/** Code of ours whose comments and strings cite repository paths (fixture notes cite other repositories). */
const CODE_FILE = /^(src|entrypoints|tests)\/.*\.(ts|tsx|mjs|js)$/;

/** Paths cited in backticks in tracked Markdown and anywhere in our code, with where they stand. */
function citedPaths(): { file: string; line: number; path: string }[] {
  const cited: { file: string; line: number; path: string }[] = [];
  for (const file of MARKDOWN) {
    walk(tree(file), (node) => {
      if (node.type !== 'inlineCode' || !node.value) return;
      const [match] = node.value.match(PLACEHOLDER_PATH) ?? [];
      if (match) cited.push({ file, line: node.position?.start.line ?? 0, path: match });
    });
  }
  for (const file of TRACKED.filter((name) => CODE_FILE.test(name) && !name.endsWith('.sim.js'))) {
    readFileSync(posix.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const [path] of text.matchAll(REPOSITORY_PATH))
          cited.push({ file, line: i + 1, path });
      });
  }
  return cited;
}

/** Which of the given paths git ignores (build output, test artifacts): they exist once generated. */
function ignored(paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  try {
    return new Set(
      execFileSync('git', ['check-ignore', '--no-index', ...paths], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    );
  } catch {
    return new Set(); // exit code 1: none is ignored
  }
}

describe('documentation links', () => {
  it('finds the Markdown files to check', () => {
    expect(MARKDOWN).toContain('README.md');
    expect(RELATIVE_LINKS.length).toBeGreaterThan(0);
  });

  it('every relative link and image in tracked Markdown resolves to a file in the repository', () => {
    const dead = RELATIVE_LINKS.filter((link) => {
      const { path } = resolveLink(link);
      return !TRACKED_FILES.has(path) && !TRACKED_DIRS.has(path);
    });
    expect(dead.map(where)).toEqual([]);
  });

  it('every #anchor into a Markdown file names one of its headings', () => {
    const dead = RELATIVE_LINKS.filter((link) => {
      const { path, anchor } = resolveLink(link);
      if (anchor === undefined || !path.endsWith('.md') || !TRACKED_FILES.has(path)) return false;
      return !anchorsOf(path).has(anchor);
    });
    expect(dead.map(where)).toEqual([]);
  });

  it('no tracked file refers to research notes outside the repository', () => {
    const found = TEXT_FILES.flatMap((file) =>
      readFileSync(posix.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((text, i) =>
          OUTSIDE_REFERENCES.some((pattern) => pattern.test(text)) || leavesRepository(file, text)
            ? [`${file}:${i + 1}: ${text.trim().slice(0, 120)}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
  it('every repository path cited in Markdown backticks or in our code names a tracked file or folder', () => {
    const cited = citedPaths();
    const missing = cited.filter(({ path }) => !exists(path));
    // A folder git ignores only by a `name/` pattern is asked about with its slash too.
    const generated = ignored([...new Set(missing.flatMap(({ path }) => [path, `${path}/`]))]);
    expect(cited.length).toBeGreaterThan(0);
    expect(
      missing
        .filter(({ path }) => !generated.has(path) && !generated.has(`${path}/`))
        .map(({ file, line, path }) => `${file}:${line} → ${path}`),
    ).toEqual([]);
  });
  it('every relative import in our plain JavaScript (not type-checked) names a file', () => {
    const scripts = TRACKED.filter((name) => /\.(mjs|js)$/.test(name));
    const dead = scripts.flatMap((file) =>
      ts
        .preProcessFile(readFileSync(posix.join(ROOT, file), 'utf8'), true, true)
        .importedFiles.map(({ fileName }) => fileName)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => !existsSync(posix.join(ROOT, posix.dirname(file), spec)))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(dead).toEqual([]);
  });
});
