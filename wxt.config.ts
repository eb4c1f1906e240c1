import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_SITE_MATCHES, E2E_EXTRA_MATCHES } from './src/sites/matches';
import { E2E_PUBLIC_KEY } from './config/e2e-extension-key';
import { frontCodedJson } from './config/front-coded-json';

/** Every other site, asked for one origin at a time ("Enable Tutur on this site"). */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

// The e2e builds (`wxt build --mode e2e` → .output/chrome-mv3-e2e/, `wxt build -b firefox --mode e2e` →
// .output/firefox-mv2-e2e/) are the production builds plus localhost matches, so the browser suite can drive the
// real content script on fixture pages. The normal build never matches localhost.
export default defineConfig({
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + optional host permissions: Tutur on sites the user enables (src/sites/enable.ts);
    // activeTab: the panel opened from the toolbar button may read that tab's address (to offer it).
    permissions: ['storage', 'scripting', 'activeTab', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    // Organisation settings by policy (src/settings/managed.ts). Firefox reads policies.json "3rdparty" without a schema.
    ...(browser === 'chrome' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    // Firefox MV2 lists optional origins in optional_permissions (WXT drops optional_host_permissions for MV2).
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_ORIGINS } : { optional_host_permissions: OPTIONAL_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    // The side panel API (sidePanel.open from a click) needs Chrome 116.
    ...(browser === 'chrome' ? { minimum_chrome_version: '116' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tutur@tutur.id',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // The e2e build has a fixed id (Chrome: from its public key, so the policy test can address it; Firefox: the gecko id).
    ...(mode === 'e2e' ? { name: 'Tutur (e2e)', ...(browser === 'chrome' ? { key: E2E_PUBLIC_KEY } : {}) } : {}),
  }),
  hooks: {
    // Chrome's managed storage schema (public/managed_schema.json) is for Chrome only: Firefox reads policies without one.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'chrome') files.splice(0, files.length, ...files.filter((f) => f.relativeDest !== 'managed_schema.json'));
    },
    // Every fixed site: the site adapters' exact hosts, as src/sites/matches.ts lists them (content.ts names only
    // one, to keep the list out of its bundle); the e2e builds (Chrome and Firefox) add localhost.
    'build:manifestGenerated': (wxt, manifest) => {
      const extra = wxt.config.mode === 'e2e' ? E2E_EXTRA_MATCHES : [];
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.some((js) => js.endsWith('content-scripts/content.js'))) script.matches = [...SUPPORTED_SITE_MATCHES, ...extra];
      }
    },
  },
  // `npm run zip`: .output/tutur-<version>-{chrome,firefox}.zip and, for addons.mozilla.org, tutur-<version>-sources.zip
  // (the version is package.json's). Keys, test output and local files never go into the sources.
  zip: { excludeSources: ['keys/**', '**/*.pem', 'test-results/**', 'coverage/**', '*.log'] },
  // No modulepreload polyfill: extension pages support modulepreload, and the polyfill is a fetch() in the bundle.
  // WXT's content-script context tells every page the extension's id and lets a page stop the script with a forged
  // event; ours (src/content/context.ts) keeps start-up and route changes out of the page's sight.
  vite: () => ({
    // The engine's word lists ship front-coded (config/front-coded-json.ts): the side panel's 400 KB budget.
    plugins: [frontCodedJson(), preact()],
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./src/content/context.ts', import.meta.url)) } },
  }),
});
