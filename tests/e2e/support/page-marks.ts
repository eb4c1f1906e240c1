/** What Tutur shows inside a page, read the way the tests need and no page can: the badge's button sits in a
 * closed shadow root, reached here through DevTools (DOM.getDocument with `pierce`), and the underlines are
 * registered under made-up names, told apart by their priority (the hovered span is drawn over the others). */
import type { CDPSession, Page } from 'playwright-core';

type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[] };

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpOf = (page: Page) => {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
};

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Run `fn` (a function's source; `this` is the badge's button) in the page's main world; null without a badge. */
async function onButton<T>(page: Page, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.nodeName === 'TUTUR-BADGE');
  const button = host && find(host, (n) => n.nodeName === 'BUTTON');
  if (!button) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`badge: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

export function badgeOf(page: Page) {
  return {
    text: () => onButton<string>(page, 'function () { return this.textContent; }'),
    attribute: (name: string) => onButton<string | null>(page, 'function (name) { return this.getAttribute(name); }', name),
    style: (property: string) => onButton<string>(page, 'function (p) { return this.style[p]; }', property),
    box: () =>
      onButton<{ x: number; y: number; width: number; height: number }>(
        page,
        'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
      ),
    /** Run a function's source on the button (e.g. to observe it). */
    run: <T>(fn: string, ...args: unknown[]) => onButton<T>(page, fn, ...args),
    /** A real click (trusted input) at the button's centre, as the user's. */
    async click() {
      const box = await this.box();
      if (!box) throw new Error('no badge on the page');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
  };
}

/** The ranges' texts of every highlight in the page's registry: underlines (priority 0) and the focused span (1). */
export async function highlightsOf(page: Page): Promise<{ underlined: string[]; focused: string[]; names: string[] }> {
  return page.evaluate(() => {
    const out = { underlined: [] as string[], focused: [] as string[], names: [] as string[] };
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Highlight>) {
      out.names.push(name);
      (highlight.priority > 0 ? out.focused : out.underlined).push(...[...highlight].map((r) => r.toString()));
    }
    return out;
  });
}
