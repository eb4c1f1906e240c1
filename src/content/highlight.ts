/** Finding spans drawn over the composer with the CSS Custom Highlight API: ranges computed from text
 * offsets (src/editor/text.ts), painted by the browser; the editor's DOM is never touched. */
import { pointAt, readTextMap } from '../editor/text';

export type HighlightName = 'tutur-finding' | 'tutur-focus';

const STYLE = '::highlight(tutur-finding){text-decoration:underline wavy #d97706}::highlight(tutur-focus){background:#fde68a}';

/** Draw `spans` of `composer` under `name` (no spans, no composer or no API: clear it). Textareas cannot be painted. */
export function paint(name: HighlightName, composer: HTMLElement | null, spans: readonly { start: number; end: number }[]): void {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return;
  const ranges: Range[] = [];
  if (composer && !(composer instanceof HTMLTextAreaElement) && spans.length) {
    const doc = composer.ownerDocument;
    const map = readTextMap(composer);
    for (const { start, end } of spans) {
      const from = end <= map.text.length && start < end ? pointAt(map, start) : null;
      const to = from && pointAt(map, end, true);
      if (!to) continue;
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      ranges.push(range);
    }
    if (ranges.length && !doc.getElementById('tutur-highlights')) {
      const style = doc.createElement('style');
      style.id = 'tutur-highlights';
      style.textContent = STYLE;
      (doc.head ?? doc.documentElement).append(style);
    }
  }
  if (ranges.length) registry.set(name, new Highlight(...ranges));
  else registry.delete(name);
}
