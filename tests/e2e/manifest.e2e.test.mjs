// The built manifests ask for nothing beyond what counting needs (docs/design.md#security-and-privacy-rules), and every page gets
// only its own site's scripts, small enough for docs/design.md#targets (≤ 15 KB minified per page).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtExtension } from './support/paths.mjs';
import { decodeRgbaPng } from './support/png.mjs';

const TARGETS = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];
const ALLOWED_API_PERMISSIONS = ['alarms', 'storage', 'webRequest'];
// What one page is injected with (docs/design.md#targets): a counter alone, or a counter and its
// page-world bridge, whose private channel and built-ins taken at install cost about 2.4 KB.
const MAX_SCRIPT_BYTES_PER_PAGE = 15 * 1000;
const MAX_SCRIPT_BYTES_PER_BRIDGED_PAGE = 18 * 1000;
const STRICT_CSP = "script-src 'self'; object-src 'none'";
/** The oldest Firefox still supported, an ESR that schools run managed (Debian bookworm ships it). */
const OLDEST_SUPPORTED_FIREFOX = 140;
/** Manifest content scripts in the page's world (`world: 'MAIN'`) need Chrome 111. */
const OLDEST_SUPPORTED_CHROME = 111;
const LOCALES = ['en', 'nl'];
/** The Chrome Web Store's 128 px icon: 96 px artwork with 16 px of transparent padding each side. */
const STORE_ICON = { size: 128, padding: 16 };
/** AMO's add-on id forms: a braced UUID, or an email-like id (this one must not be a placeholder). */
const BRACED_UUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/;

const originOf = (pattern) => /^https:\/\/([^/*]+)\//.exec(pattern)?.[1];

/** Every file under `dir`, relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = join(prefix, name);
    return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
  });
}

for (const target of TARGETS) {
  describe(`${target} manifest`, () => {
    const dir = builtExtension(target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const mv2 = manifest.manifest_version === 2;
    const permissions = manifest.permissions ?? [];
    const apiPermissions = permissions.filter((p) => !p.includes('://'));
    const hostPermissions = mv2
      ? permissions.filter((p) => p.includes('://'))
      : (manifest.host_permissions ?? []);
    const scripts = manifest.content_scripts ?? [];

    it('asks only for storage, alarms and webRequest: no tabs, history, cookies or scripting', () => {
      assert.deepEqual([...apiPermissions].sort(), ALLOWED_API_PERMISSIONS);
      assert.equal(manifest.optional_permissions, undefined);
      assert.equal(manifest.optional_host_permissions, undefined);
    });

    it('has host permissions exactly for the hosts its site scripts run on, never all URLs', () => {
      assert.ok(hostPermissions.length > 0);
      for (const permission of hostPermissions) {
        assert.match(permission, /^https:\/\/[a-z0-9.-]+\/\*$/, permission);
      }
      const scriptHosts = new Set(scripts.flatMap((s) => s.matches).map(originOf));
      assert.deepEqual(new Set(hostPermissions.map(originOf)), scriptHosts);
      const everything = JSON.stringify(manifest);
      for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://']) {
        assert.ok(!everything.includes(broad), `manifest mentions ${broad}`);
      }
    });

    it('cannot be messaged by web pages or other extensions and exposes no files to pages', () => {
      assert.equal(manifest.externally_connectable, undefined);
      assert.equal(manifest.web_accessible_resources, undefined);
    });

    it(
      `installs on Firefox ${OLDEST_SUPPORTED_FIREFOX} ESR and later`,
      { skip: target.startsWith('chrome') && 'Firefox only' },
      () => {
        const { gecko } = manifest.browser_specific_settings;
        assert.ok(
          Number.parseFloat(gecko.strict_min_version) <= OLDEST_SUPPORTED_FIREFOX,
          `strict_min_version ${gecko.strict_min_version}`,
        );
        assert.equal(gecko.strict_max_version, undefined);
      },
    );

    it(
      'has a final add-on id: a braced UUID, no placeholder',
      { skip: target.startsWith('chrome') && 'Firefox only' },
      () => {
        const { id } = manifest.browser_specific_settings.gecko;
        assert.match(id, BRACED_UUID);
        assert.doesNotMatch(id, /example|placeholder|0{8}/i);
      },
    );

    it(
      `declares Chrome ${OLDEST_SUPPORTED_CHROME} as its minimum, which page-world scripts need`,
      { skip: !target.startsWith('chrome') && 'Chrome only' },
      () => {
        assert.equal(manifest.minimum_chrome_version, String(OLDEST_SUPPORTED_CHROME));
        assert.ok(scripts.some((s) => s.world === 'MAIN'));
      },
    );

    it('has a toolbar button with every icon and a title in each language', () => {
      const button = mv2 ? manifest.browser_action : manifest.action;
      assert.deepEqual(button.default_icon, manifest.icons);
      for (const [size, file] of Object.entries(manifest.icons)) {
        assert.ok(statSync(join(dir, file)).size > 0, `${size}: ${file}`);
      }
      const keys = [button.default_title, manifest.name, manifest.description].map(
        (value) => /^__MSG_(\w+)__$/.exec(value)?.[1],
      );
      for (const locale of LOCALES) {
        const messages = JSON.parse(
          readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'),
        );
        for (const key of keys) {
          assert.ok(key, 'a __MSG_…__ placeholder');
          assert.ok(messages[key]?.message?.trim(), `${locale} has ${key}`);
        }
      }
    });

    it(`has a ${STORE_ICON.size} px icon with ${STORE_ICON.padding} px of transparent padding`, () => {
      const icon = decodeRgbaPng(readFileSync(join(dir, manifest.icons[STORE_ICON.size])));
      const { size, padding } = STORE_ICON;
      assert.deepEqual([icon.width, icon.height], [size, size]);
      const opaque = [];
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) if (icon.alpha(x, y) > 0) opaque.push([x, y]);
      }
      const xs = opaque.map(([x]) => x);
      const ys = opaque.map(([, y]) => y);
      // The artwork fills the inner square exactly: nothing in the padding, its edges touch the square.
      assert.deepEqual(
        [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
        [padding, padding, size - padding - 1, size - padding - 1],
      );
    });

    it('has a strict content security policy for its pages', () => {
      const csp = mv2
        ? manifest.content_security_policy
        : manifest.content_security_policy?.extension_pages;
      assert.equal(csp, STRICT_CSP);
    });

    it('loads no remote code: every page script is a file of the extension', () => {
      const pages = filesUnder(dir).filter((f) => f.endsWith('.html'));
      assert.ok(pages.length >= 3, 'popup, options and weekly page');
      for (const page of pages) {
        const html = readFileSync(join(dir, page), 'utf8');
        for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
          assert.match(src, /^\/[^/]/, `${page} loads ${src}`);
        }
        assert.doesNotMatch(html, /<link[^>]+href="(https?:)?\/\//, `${page} links a remote file`);
      }
      const code = filesUnder(dir).filter((f) => f.endsWith('.js'));
      for (const file of code) {
        const text = readFileSync(join(dir, file), 'utf8');
        assert.doesNotMatch(text, /importScripts\(/, `${file} imports scripts`);
      }
    });

    it(`injects each page with only its own site's scripts, at most ${MAX_SCRIPT_BYTES_PER_PAGE / 1000} KB (${MAX_SCRIPT_BYTES_PER_BRIDGED_PAGE / 1000} KB with a bridge)`, () => {
      const byPattern = new Map();
      for (const script of scripts) {
        assert.equal(script.matches.length > 0, true);
        const key = script.matches.join(' ');
        byPattern.set(key, [...(byPattern.get(key) ?? []), ...script.js]);
      }
      for (const [pattern, files] of byPattern) {
        const isolated = scripts.filter((s) => s.matches.join(' ') === pattern && !s.world);
        assert.equal(isolated.length, 1, `one site script for ${pattern}`);
        const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
        const bridged = files.length > 1;
        assert.ok(
          bytes <= (bridged ? MAX_SCRIPT_BYTES_PER_BRIDGED_PAGE : MAX_SCRIPT_BYTES_PER_PAGE),
          `${pattern} gets ${files.join(' + ')} = ${bytes} bytes`,
        );
      }
      // No two sites' scripts cover one page: each site's patterns are its own.
      const hosts = [...byPattern.keys()].flatMap((p) => p.split(' ').map(originOf));
      assert.equal(new Set(hosts).size, hosts.length);
    });
  });
}
