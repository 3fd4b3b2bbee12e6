import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { siteContentScripts } from './src/content/manifest';
import { hostPermissions } from './src/sites/registry';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Site scripts are unlisted scripts (see siteContentScripts), so the manifest names them here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), ...siteContentScripts()];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'webRequest'],
    host_permissions: hostPermissions(),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'ai-footprint@ai-footprint.example',
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
