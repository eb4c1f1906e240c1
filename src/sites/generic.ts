/** Any site: recognise editors by their library's fingerprint. */
import type { SiteAdapter } from './types';

const generic: SiteAdapter = {
  id: 'generic',
  platform: 'generic',
  hosts: [],
};

export default generic;
