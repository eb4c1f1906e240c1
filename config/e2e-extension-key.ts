/** The public key of the e2e build (no private key exists): it fixes the extension's id
 * (mcfmmelfaobpfjlfoaoalcfjbnpgdpjn) so tests can address it by policy.
 *
 * It is build configuration (wxt.config.ts writes it into the e2e build's manifest), so it lives here beside the
 * config files rather than in tests/ (nothing but the test scripts imports from tests/) or in src/ (it is not
 * part of the extension's code); the e2e tests import the id from here. */
export const E2E_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjYri8Zw2lCxV98McOC9K3F7dkhojsg78qpWkxz3p0IloHs8YNqbnNYM9aQ0/Jzhy5zdCiM6CLKHM1ELiIVF81edH+GL4iKPe+v01p2k6s6B3t5WkEAzWA04bvbO1shF7XRRj/h1jqgsyXjgsahJE2Zp0U68frlCcgmSbT/ERDnCpVmfbIYJQb4zMK6phC29rb/a28la3xxCcFgDExkqe4lOUs1XUSBnU3c0yeYoXv5HQ4WC8KbNbs/vM1OI6mKIF8DEucy2V7dxW3+msEhXzWsHDEYxg4V69cTx+vxPFqgm1WH6HNKNabZpOtMbFCimwAIj3nIJX9O2Dni79MLm1aQIDAQAB';
export const E2E_EXTENSION_ID = 'mcfmmelfaobpfjlfoaoalcfjbnpgdpjn';
