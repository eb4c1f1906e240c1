/** Site fixture pages at the sites' REAL addresses in Firefox: puppeteer's request interception answers every
 * request to the given origins with the fixture (the same answers as the Chromium suite's routing,
 * tests/e2e/support/sites.ts), so the content script runs there with its production matches. */
import type { Page } from 'puppeteer-core';
import { siteResponse } from '../../e2e/support/sites';

/** Serve `sites` (origin → file in tests/fixtures/sites/) in `page`; every other request goes on as usual. */
export async function interceptSites(page: Page, sites: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const fixture = Object.entries(sites).find(([origin]) => url === origin || url.startsWith(`${origin}/`))?.[1];
    if (!fixture) return void request.continue();
    const { status, contentType, body } = siteResponse(url, fixture);
    void request.respond({ status, contentType, body });
  });
}
