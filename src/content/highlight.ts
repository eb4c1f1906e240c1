/** Finding spans drawn over the composer with the CSS Custom Highlight API: ranges computed from text
 * offsets (src/editor/text.ts), painted by the browser; the editor's DOM is never touched.
 * The page shares the highlight registry and sees its names, so they are made up at each start and say
 * nothing about Tutur (a fixed name would let any page detect the extension). */
import { pointAt, readTextMap } from '../editor/text';

export type HighlightName = 'finding' | 'focus';

const random = () => 'h' + Math.random().toString(36).slice(2, 10);
const NAMES: Record<HighlightName, string> = { finding: random(), focus: random() };
let style: HTMLStyleElement | undefined;

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
    if (ranges.length && !style?.isConnected) {
      style = doc.createElement('style');
      style.textContent = `::highlight(${NAMES.finding}){text-decoration:underline wavy #d97706}::highlight(${NAMES.focus}){background:#fde68a}`;
      (doc.head ?? doc.documentElement).append(style);
    }
  }
  if (!ranges.length) return void registry.delete(NAMES[name]);
  const highlight = new Highlight(...ranges);
  // The span the user points at in the panel is drawn over the underlines.
  highlight.priority = name === 'focus' ? 1 : 0;
  registry.set(NAMES[name], highlight);
}
