/** The on-page badge: a small button at the active composer's corner with the count of open findings.
 * It lives in a closed shadow root on its own element outside the editor's tree, and never takes focus from the
 * editor. Closed, so the page cannot read the count (which would tell it which of its words the organisation's
 * style pack flags) nor reach the button; only the user's own click opens the panel. */

export interface Badge {
  /** Follow this composer (null hides the badge). */
  attach(composer: HTMLElement | null): void;
  /** The count the panel sent (null: no panel has counted yet, a neutral mark); `stale`: the draft changed since. */
  set(count: number | null, stale?: boolean): void;
  place(): void;
  remove(): void;
}

export function createBadge(doc: Document, onClick: () => void, label: (count: number | null) => string): Badge {
  const host = doc.createElement('tutur-badge');
  const button = doc.createElement('button');
  let target: HTMLElement | null = null;
  // Inline styles inside a shadow root: the page's CSS reaches neither.
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;left:0;top:0';
  button.style.cssText = 'border:0;min-width:22px;padding:0 6px;border-radius:11px;font:700 12px/22px sans-serif;color:#fff;cursor:pointer';
  host.attachShadow({ mode: 'closed' }).append(button);
  // Keep the caret in the editor, and the page's own click handlers out of it.
  button.onmousedown = (event) => event.preventDefault();
  button.onclick = (event) => {
    event.stopPropagation();
    // A click the page made up (element.click(), dispatchEvent) is not the user's: it opens nothing.
    if (event.isTrusted) onClick();
  };

  const place = () => {
    const rect = target?.getBoundingClientRect();
    host.style.display = rect?.width && rect.height ? '' : 'none';
    if (rect) host.style.translate = `${rect.right - 28}px ${rect.bottom - 28}px`;
  };
  // Scrolling and resizing move the composer (scroll events come at most once a frame).
  doc.addEventListener('scroll', place, true);
  addEventListener('resize', place);

  const badge: Badge = {
    attach(composer) {
      target = composer;
      if (composer) doc.documentElement.append(host);
      badge.set(null);
      place();
    },
    set(count, stale) {
      // Grey: not counted yet; orange: open findings; green: none.
      button.style.background = count === null ? '#52606d' : count ? '#c2410c' : '#15803d';
      button.style.opacity = stale ? '.6' : '';
      button.textContent = count === null ? 'T' : count > 99 ? '99+' : `${count}`;
      button.dataset.tuturCount = count === null ? '' : `${count}`;
      button.title = label(count);
      button.setAttribute('aria-label', button.title);
    },
    place,
    remove() {
      doc.removeEventListener('scroll', place, true);
      removeEventListener('resize', place);
      host.remove();
    },
  };
  return badge;
}
