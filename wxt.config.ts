import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { siteContentScripts } from './src/content/manifest';
import { hostPermissions } from './src/sites/registry';

/** The icons in public/icon, by size; the toolbar button uses them too. */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: {
        // The privacy page's Markdown parser decodes character references; its browser build does
        // so through innerHTML, which the extension's code never uses (AMO flags it). The plain build
        // looks them up in a table instead.
        'decode-named-character-reference': resolve(
          'node_modules/decode-named-character-reference/index.js',
        ),
      },
    },
  }),
  zip: {
    // The sources zip is for AMO's reviewers, who rebuild the Firefox zip with `npm ci && npm run
    // build`: tests, their captured site pages and store material are not part of the build.
    excludeSources: ['tests/**', 'store/**', 'coverage/**', '**/*.log'],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // Site scripts are unlisted scripts (see siteContentScripts), so the manifest names them here.
      manifest.content_scripts = [...(manifest.content_scripts ?? []), ...siteContentScripts()];
      // WXT fills the toolbar button (action in MV3, browser_action in MV2) from the popup page,
      // whose <title> is not localised, so the button's icon and localised title are set here.
      const button = manifest.action ?? manifest.browser_action;
      if (button)
        Object.assign(button, { default_icon: ICONS, default_title: '__MSG_actionTitle__' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    permissions: ['storage', 'alarms', 'webRequest'],
    host_permissions: hostPermissions(),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    ...(browser === 'chrome' && {
      // Chrome 111 is the first to run a manifest content script in the page's world
      // (`world: 'MAIN'`, the page-world bridges of src/content/manifest.ts), and Vite's default
      // build target (baseline-widely-available) is chrome111 too.
      minimum_chrome_version: '111',
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Generated once with crypto.randomUUID(); AMO ties the listing and every update to it.
          id: '{71414817-0f83-4b8e-b6e6-950285ff9f03}',
          // Firefox ESR 140 is the first desktop release that knows data_collection_permissions;
          // schools on managed ESR must be able to install it.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Android learnt the key in 142 (web-ext lint warns on a lower minimum there).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
