/** Plain text of a composer with stable offsets, and the way back from text
 * offsets to DOM positions. One "\n" per line or paragraph break; an empty
 * paragraph is an empty line; a trailing <br> placeholder is not a line. */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

export interface DomPoint {
  node: Node;
  offset: number;
}

type Piece =
  | { kind: 'text'; node: Text; start: number; end: number }
  | { kind: 'atom'; node: Element; start: number; end: number }
  /** `at`: the <br> itself, or the node the line break comes before (a block, or content after one). */
  | { kind: 'break'; start: number; end: number; at: Node; br?: Element };

export interface TextMap {
  text: string;
  pieces: Piece[];
  /** Where each line starts in the DOM, by text offset (for empty lines). */
  lineAnchors: { start: number; point: DomPoint }[];
}

export function readTextMap(root: HTMLElement): TextMap {
  const pieces: Piece[] = [];
  const lineAnchors: TextMap['lineAnchors'] = [{ start: 0, point: { node: root, offset: 0 } }];
  let text = '';
  let lineHasContent = false;
  let pendingBreak = false;

  const newLine = (point: DomPoint, at: Node, br?: Element) => {
    pieces.push({ kind: 'break', start: text.length, end: text.length + 1, at, br });
    text += '\n';
    lineAnchors.push({ start: text.length, point });
    lineHasContent = false;
    pendingBreak = false;
  };
  const beforeContent = (node: Node) => {
    if (pendingBreak) newLine(pointBefore(node), node);
    lineHasContent = true;
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        // Quill's cursor blot, and whitespace that only formats the HTML between blocks.
        if (data === '' || /^\uFEFF+$/.test(data) || (/^\s+$/.test(data) && isFormattingWhitespace(child, root))) continue;
        beforeContent(child);
        pieces.push({ kind: 'text', node: child as Text, start: text.length, end: text.length + data.length });
        text += data;
      } else if (child instanceof Element) {
        const tag = child.tagName;
        if (tag === 'BR') {
          if (pendingBreak) newLine(pointBefore(child), child);
          newLine({ node: parent, offset: indexOf(child) + 1 }, child, child);
        } else if (tag === 'IMG' || (child instanceof HTMLElement && child.contentEditable === 'false')) {
          const atomText = tag === 'IMG' ? ((child as HTMLImageElement).alt ?? '') : (child.textContent ?? '');
          if (atomText === '') continue;
          beforeContent(child);
          pieces.push({ kind: 'atom', node: child, start: text.length, end: text.length + atomText.length });
          text += atomText;
        } else if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') {
          continue;
        } else if (BLOCKS.has(tag)) {
          if (lineHasContent || pendingBreak) newLine({ node: child, offset: 0 }, child);
          else lineAnchors[lineAnchors.length - 1] = { start: text.length, point: { node: child, offset: 0 } };
          const firstPiece = pieces.length;
          walk(child);
          dropTrailingBr(firstPiece);
          pendingBreak = true;
        } else {
          walk(child);
        }
      }
    }
  };

  // A <br> that ends a block is the browser's placeholder, not a line of its own.
  const dropTrailingBr = (firstPiece: number) => {
    const last = pieces[pieces.length - 1];
    if (pieces.length > firstPiece && last?.kind === 'break' && last.br) {
      pieces.pop();
      lineAnchors.pop();
      text = text.slice(0, -1);
      lineHasContent = true;
    }
  };

  walk(root);
  dropTrailingBr(0);
  return { text, pieces, lineAnchors };
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

function pointBefore(node: Node): DomPoint {
  return { node: node.parentNode!, offset: indexOf(node) };
}

/** Whitespace that only lays out the HTML: next to a block, or alone in a block whose whitespace collapses.
 * A space alone in an inline element (<b> </b>), or in a pre-wrap editor's paragraph, is typed text. */
function isFormattingWhitespace(node: Node, root: HTMLElement): boolean {
  const isBlock = (n: Node | null) => n instanceof Element && BLOCKS.has(n.tagName);
  if (isBlock(node.previousSibling) || isBlock(node.nextSibling)) return true;
  if (node.previousSibling || node.nextSibling) return false;
  const parent = node.parentElement;
  if (!parent || (parent !== root && !isBlock(parent))) return false;
  const whiteSpace = parent.ownerDocument.defaultView?.getComputedStyle(parent).whiteSpace ?? '';
  return !/^(pre|pre-wrap|break-spaces)$/.test(whiteSpace);
}

/** DOM position for a text offset; `preferEnd` picks the end of the previous piece at a boundary. */
export function pointAt(map: TextMap, offset: number, preferEnd = false): DomPoint | null {
  let best: DomPoint | null = null;
  for (const p of map.pieces) {
    if (p.kind === 'break') continue;
    if (offset < p.start || offset > p.end) continue;
    const point =
      p.kind === 'text'
        ? { node: p.node, offset: offset - p.start }
        : offset === p.start
          ? pointBefore(p.node)
          : offset === p.end
            ? { node: p.node.parentNode!, offset: indexOf(p.node) + 1 }
            : null;
    if (!point) continue;
    if (offset > p.start && offset < p.end) return point;
    if (offset === p.end && preferEnd) return point;
    if (offset === p.start && !preferEnd) return point;
    best ??= point;
  }
  if (best) return best;
  for (let i = map.lineAnchors.length - 1; i >= 0; i--) {
    const anchor = map.lineAnchors[i]!;
    if (anchor.start === offset) return anchor.point;
  }
  return null;
}

/** Text offset of a DOM position inside the composer, or null when it is outside. */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.kind === 'text' && p.node === node);
    return piece ? piece.start + Math.min(offset, piece.end - piece.start) : null;
  }
  const anchor = map.lineAnchors.find((a) => a.point.node === node && a.point.offset === offset);
  if (anchor) return anchor.start;
  // An element position: the first piece at or after that child, in document order.
  const child = node.childNodes[offset] ?? null;
  for (const p of map.pieces) {
    const pieceNode = p.kind === 'break' ? p.at : p.node;
    if (child ? isAtOrAfter(pieceNode, child) : isAfterAll(pieceNode, node)) return p.start;
  }
  return map.text.length;
}

function isAtOrAfter(a: Node, ref: Node): boolean {
  if (a === ref || ref.contains(a)) return true;
  return (ref.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function isAfterAll(a: Node, container: Node): boolean {
  return !container.contains(a) && (container.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Plain text of any composer: a textarea's value, or the walk above. */
export function readText(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return readTextMap(el).text;
}

/** The composer's selection as text offsets, or null when it is elsewhere. */
export function readSelection(el: HTMLElement): { start: number; end: number } | null {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return el.selectionStart === null ? null : { start: el.selectionStart, end: el.selectionEnd ?? el.selectionStart };
  }
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  const map = readTextMap(el);
  const start = offsetAt(map, range.startContainer, range.startOffset);
  const end = offsetAt(map, range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}
