import { defineWebExtConfig } from 'wxt';

// Never let `wxt` try to launch a browser: there is none to download here, and
// the e2e suite starts Debian's Chromium itself.
export default defineWebExtConfig({ disabled: true });
