/** "Enable Tutur on this site", shown in the panel when Tutur does not run on the tab. It reads the tab's
 * address (visible to the panel when the user opened it with the toolbar button: activeTab), asks the
 * browser for that one origin inside the click (the permission prompt needs the user's gesture, so
 * nothing is awaited before it), then has the background register and inject the content script.
 * `TurnOffSite` gives the permission back; the background then unregisters the script. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EnableSiteResultSchema, parseMessage, type EnableSite as EnableSiteMessage } from '../messaging/messages';
import { SUPPORTED_SITE_MATCHES } from '../sites/matches';
import { t, type UiLocale } from './i18n';

export interface EnableSiteProps {
  tabId: number;
  locale: UiLocale;
}

/** Pages no extension may script: browser pages, extension stores, local files. */
const STORES = ['chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

type Site = { origin: string; host: string; pattern: string };
type Status =
  | { kind: 'loading' }
  | { kind: 'unknown' }
  | { kind: 'cannot' }
  | { kind: 'offer' | 'asking' | 'declined' | 'enabled' | 'granted' | 'error' | 'off'; site: Site };

/** Where Tutur could be enabled for this address, or why not. */
export function siteOf(url: string | undefined): Site | 'unknown' | 'cannot' {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'cannot';
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || STORES.includes(parsed.hostname)) return 'cannot';
  return { origin: parsed.origin, host: parsed.host, pattern: `${parsed.origin}/*` };
}

async function lookUp(tabId: number): Promise<Status> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'unknown' };
  }
  const site = siteOf(url);
  if (site === 'unknown' || site === 'cannot') return { kind: site };
  // Already allowed (or a fixed site, whose content-script matches getAll() lists but contains() does not):
  // the page needs a reload, or the site can be turned off.
  const granted =
    (await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false)) ||
    !!(await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }))).origins?.includes(site.pattern);
  return { kind: granted ? 'granted' : 'offer', site };
}

const isFixedSite = (site: Site) => SUPPORTED_SITE_MATCHES.includes(site.pattern);

export function EnableSite({ tabId, locale }: EnableSiteProps) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void lookUp(tabId).then((s) => live && setStatus(s));
    return () => void (live = false);
  }, [tabId]);

  const enable = (site: Site) => {
    // First thing in the click handler: the browser shows its prompt only inside the user's gesture.
    const asked = browser.permissions.request({ origins: [site.pattern] });
    setStatus({ kind: 'asking', site });
    asked
      .then(async (granted) => {
        if (!granted) return setStatus({ kind: 'declined', site });
        const request: EnableSiteMessage = { type: 'tutur/enable-site', origin: site.origin, tabId };
        const reply = parseMessage(EnableSiteResultSchema, await browser.runtime.sendMessage(request), 'panel:enable-site');
        setStatus({ kind: reply?.ok ? 'enabled' : 'error', site });
      })
      .catch(() => setStatus({ kind: 'error', site }));
  };

  if (status.kind === 'loading') return null;
  if (status.kind === 'unknown' || status.kind === 'cannot') {
    return (
      <p class="state-hint" data-site-enable={status.kind}>
        {t(locale, status.kind === 'cannot' ? 'siteCannot' : 'siteUnknown')}
      </p>
    );
  }
  const { site } = status;
  return (
    <div class="site-enable" data-site-enable={status.kind} data-host={site.host}>
      {(status.kind === 'offer' || status.kind === 'asking') && (
        <>
          <p class="state-hint">{t(locale, 'siteEnableIntro', site.host)}</p>
          <button type="button" class="primary" data-action="grant-site" disabled={status.kind === 'asking'} onClick={() => enable(site)}>
            {t(locale, 'siteEnableButton')}
          </button>
          <p class="state-hint">{t(locale, 'siteEnableHint')}</p>
        </>
      )}
      {status.kind === 'declined' && (
        <>
          <p class="state-hint" role="status">
            {t(locale, 'siteDeclined', site.host)}
          </p>
          <button type="button" data-action="grant-site" onClick={() => enable(site)}>
            {t(locale, 'siteEnableButton')}
          </button>
        </>
      )}
      {status.kind === 'enabled' && (
        <p class="state-hint" role="status">
          {t(locale, 'siteEnabled', site.host)}
        </p>
      )}
      {status.kind === 'error' && (
        <p class="state-hint" role="alert">
          {t(locale, 'siteError', site.host)}
        </p>
      )}
      {status.kind === 'granted' && (
        <>
          <p class="state-hint">{t(locale, 'siteGranted', site.host)}</p>
          {!isFixedSite(site) && <TurnOffButton site={site} locale={locale} onDone={() => setStatus({ kind: 'off', site })} />}
        </>
      )}
      {status.kind === 'off' && (
        <p class="state-hint" role="status">
          {t(locale, 'siteTurnedOff', site.host)}
        </p>
      )}
    </div>
  );
}

function TurnOffButton({ site, locale, onDone }: { site: Site; locale: UiLocale; onDone(): void }) {
  return (
    <button
      type="button"
      data-action="revoke-site"
      onClick={() => {
        // The background hears permissions.onRemoved and unregisters the script (as when the browser revokes it).
        void browser.permissions.remove({ origins: [site.pattern] }).then(
          (removed) => removed && onDone(),
          () => {},
        );
      }}
    >
      {t(locale, 'siteTurnOff')}
    </button>
  );
}

/** EnableSite for the tab the panel shows: the pinned one (`?tab=`), else this window's active tab
 * (tab ids need no permission). The unsupported state mounts afresh for each tab the panel follows. */
export function EnableSiteHere({ locale }: { locale: UiLocale }) {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const pinned = Number(new URLSearchParams(globalThis.location?.search).get('tab'));
    if (Number.isInteger(pinned) && pinned > 0) return void setTabId(pinned);
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => tab?.id !== undefined && setTabId(tab.id),
      () => {},
    );
  }, []);
  return tabId === null ? null : <EnableSite tabId={tabId} locale={locale} />;
}

/** "Turn off Tutur on this site", for a tab where Tutur runs because the user enabled it (nothing on the fixed sites). */
export function TurnOffSite({ tabId, locale }: EnableSiteProps) {
  const [site, setSite] = useState<Site | null>(null);
  const [off, setOff] = useState(false);
  useEffect(() => {
    let live = true;
    void lookUp(tabId).then((s) => live && setSite(s.kind === 'granted' && !isFixedSite(s.site) ? s.site : null));
    return () => void (live = false);
  }, [tabId]);
  if (!site) return null;
  return off ? (
    <p class="state-hint" role="status" data-site-enable="off">
      {t(locale, 'siteTurnedOff', site.host)}
    </p>
  ) : (
    <TurnOffButton site={site} locale={locale} onDone={() => setOff(true)} />
  );
}
