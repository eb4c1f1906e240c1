import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_SITE_MATCHES, E2E_EXTRA_MATCHES } from './src/sites/matches';

// The e2e build (`wxt build --mode e2e` → .output/chrome-mv3-e2e/) is the
// production build plus localhost matches, so the browser suite can drive the
// real content script on fixture pages. The normal build never matches localhost.
export default defineConfig({
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    action: { default_title: '__MSG_extName__' },
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
    ...(mode === 'e2e' ? { name: 'Tutur (e2e)' } : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        const matches = script.matches ?? [];
        if (matches.some((m) => SUPPORTED_SITE_MATCHES.includes(m))) {
          script.matches = [...matches, ...E2E_EXTRA_MATCHES];
        }
      }
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
