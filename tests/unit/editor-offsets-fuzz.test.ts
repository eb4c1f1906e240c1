/** Property tests for the composer's text ⇄ DOM mapping on arbitrary editor
 * trees (paragraphs, divs, line breaks, inline formatting, emoji images,
 * non-editable mentions, astral characters and combining marks): every text
 * offset has a DOM point, and that point maps back to the same offset. An
 * image or a non-editable mention is one indivisible piece: offsets inside it
 * have no point, so no edit can cut it in half. */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offsetAt, pointAt, readTextMap, type TextMap } from '../../src/editor/text';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
/** Long local runs (FUZZ_RUNS=20000) take minutes; the default takes about a second. */
const TIMEOUT_MS = Math.max(5000, RUNS * 10);

type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'br' }
  | { kind: 'img'; alt: string }
  | { kind: 'mention'; data: string }
  | { kind: 'element'; tag: string; children: Tree[] };

const PIECES = ['Besok', ' ', 'banjir', '👨‍👩‍👧', '👍🏽', '🇮🇩', 'e\u0301', '\u200d', '.', '\u00a0', '日本'];
const textData = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 })
  .map((p) => p.join(''));

const { tree } = fc.letrec<{ tree: Tree; leaf: Tree }>((tie) => ({
  leaf: fc.oneof(
    { weight: 5, arbitrary: textData.map((data) => ({ kind: 'text', data }) as Tree) },
    { weight: 2, arbitrary: fc.constant({ kind: 'br' } as Tree) },
    { weight: 1, arbitrary: fc.constantFrom('🙂', '🇮🇩', '').map((alt) => ({ kind: 'img', alt }) as Tree) },
    { weight: 1, arbitrary: fc.constantFrom('@warga', '#kota').map((data) => ({ kind: 'mention', data }) as Tree) },
  ),
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom('P', 'DIV', 'SPAN', 'B', 'LI'),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }) as fc.Arbitrary<Tree>,
  ),
}));

function build(node: Tree): Node {
  switch (node.kind) {
    case 'text':
      return document.createTextNode(node.data);
    case 'br':
      return document.createElement('br');
    case 'img': {
      const img = document.createElement('img');
      img.alt = node.alt;
      return img;
    }
    case 'mention': {
      const span = document.createElement('span');
      span.contentEditable = 'false';
      span.textContent = node.data;
      return span;
    }
    case 'element': {
      const el = document.createElement(node.tag);
      for (const child of node.children) el.append(build(child));
      return el;
    }
  }
}

function composer(children: Tree[]): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  for (const child of children) root.append(build(child));
  document.body.append(root);
  return root;
}

afterEach(() => document.body.replaceChildren());

const insideAtom = (map: TextMap, offset: number) => map.pieces.some((p) => p.kind === 'atom' && offset > p.start && offset < p.end);

describe('text offsets ⇄ DOM points on arbitrary editor trees', () => {
  it(
    'every offset has a point that maps back to it, from either side of a boundary',
    () => {
      fc.assert(
        fc.property(fc.array(tree, { maxLength: 5 }), (children) => {
          document.body.replaceChildren();
          const map = readTextMap(composer(children));
          for (let offset = 0; offset <= map.text.length; offset++) {
            for (const preferEnd of [false, true]) {
              const point = pointAt(map, offset, preferEnd);
              if (insideAtom(map, offset)) {
                expect(point).toBeNull();
                continue;
              }
              expect(point, `offset ${offset} of ${JSON.stringify(map.text)}`).not.toBeNull();
              expect(offsetAt(map, point!.node, point!.offset), `offset ${offset} of ${JSON.stringify(map.text)}`).toBe(offset);
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a range between two offsets covers exactly the text between them, within one line',
    () => {
      fc.assert(
        fc.property(fc.array(tree, { maxLength: 5 }), fc.nat(), fc.nat(), (children, a, b) => {
          document.body.replaceChildren();
          const map = readTextMap(composer(children));
          const line = map.text.split('\n')[0]!;
          const [start, end] = [a % (line.length + 1), b % (line.length + 1)].sort((x, y) => x - y) as [number, number];
          fc.pre(!insideAtom(map, start) && !insideAtom(map, end));
          const from = pointAt(map, start)!;
          const to = pointAt(map, end, true)!;
          const range = document.createRange();
          range.setStart(from.node, from.offset);
          range.setEnd(to.node, to.offset);
          // Images contribute their alt text to the draft but nothing to a Range's text.
          const imageless = (s: string) => s.replace(/🙂|🇮🇩/gu, '');
          expect(imageless(range.toString())).toBe(imageless(map.text.slice(start, end)));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
