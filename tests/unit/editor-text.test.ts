import { describe, expect, it } from 'vitest';
import { offsetAt, pointAt, readTextMap } from '../../src/editor/text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('plain text of rich composers: one \\n per break, empty paragraph = empty line', () => {
  const cases: [string, string, string][] = [
    ['paragraphs with an empty one (Quill, Lexical)', '<p>Halo</p><p><br></p><p>dunia</p>', 'Halo\n\ndunia'],
    [
      'a line break inside a paragraph (Lexical shift+enter)',
      '<p dir="ltr"><span data-lexical-text="true">satu</span><br><span data-lexical-text="true">dua</span></p>',
      'satu\ndua',
    ],
    ['TipTap trailing hard break', '<p>abc<br><br class="ProseMirror-trailingBreak"></p><p>def</p>', 'abc\n\ndef'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Besok</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">AWAS</span></span></div></div></div>',
      'Besok\n\nAWAS',
    ],
    ["Chrome's plain contenteditable", 'abc<div>def</div><div><br></div><div>ghi</div>', 'abc\ndef\n\nghi'],
    ['an empty first paragraph', '<p><br></p><p>b</p>', '\nb'],
    ['a trailing placeholder br', 'abc<br>', 'abc'],
    [
      'mention chips and emoji images count as their text',
      '<p>Halo <span contenteditable="false">@warga</span> <img alt="👋" src="data:,">!</p>',
      'Halo @warga 👋!',
    ],
    ['HTML formatting whitespace between blocks', '\n  <p>a</p>\n  <p>b</p>\n', 'a\nb'],
    ['a space alone in bold is typed text', '<p>Besok<b> </b>pagi</p>', 'Besok pagi'],
    ["a space alone in a pre-wrap editor's paragraph is typed text", '<p style="white-space: pre-wrap"> </p><p>b</p>', ' \nb'],
    ['a space alone in a paragraph whose whitespace collapses is layout', '<p> </p><p>b</p>', '\nb'],
    ['a list', '<ul><li>satu</li><li>dua</li></ul><p>tiga</p>', 'satu\ndua\ntiga'],
    ['a line break typed as "\\n" in a text node (plaintext-only, pre-wrap)', '<span>satu\ndua</span>', 'satu\ndua'],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => expect(readTextMap(editor(html)).text).toBe(text));
  }
});

// Captured from the real editors (tests/fixtures/editors, Chromium) after typing
// "Halo 👋🏽", Shift+Enter, "@warga", Enter, Enter, "AWAS": each editor's text is "Halo 👋🏽\n@warga\n\nAWAS".
describe('DOM of the real editors, as they render it', () => {
  const cases: [string, string][] = [
    [
      'Lexical (rich text)',
      '<p dir="auto"><span data-lexical-text="true">Halo 👋🏽</span><br><span data-lexical-text="true">@warga</span></p><p dir="auto"><br data-lexical-managed-linebreak="true"></p><p dir="auto"><span data-lexical-text="true">AWAS</span></p>',
    ],
    [
      'Draft.js (Shift+Enter splits the block too)',
      '<div data-contents="true"><div class="" data-block="true" data-editor="f7d68" data-offset-key="beccf-0-0"><div data-offset-key="beccf-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="beccf-0-0"><span data-text="true">Halo 👋🏽</span></span></div></div><div class="" data-block="true" data-editor="f7d68" data-offset-key="8uujg-0-0"><div data-offset-key="8uujg-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="8uujg-0-0"><span data-text="true">@warga</span></span></div></div><div class="" data-block="true" data-editor="f7d68" data-offset-key="7cttm-0-0"><div data-offset-key="7cttm-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="7cttm-0-0"><br data-text="true"></span></div></div><div class="" data-block="true" data-editor="f7d68" data-offset-key="c6l3m-0-0"><div data-offset-key="c6l3m-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="c6l3m-0-0"><span data-text="true">AWAS</span></span></div></div></div>',
    ],
    ['Quill 2 (Shift+Enter is a new paragraph)', '<p>Halo 👋🏽</p><p>@warga</p><p><br></p><p>AWAS</p>'],
    ['TipTap (HardBreak, empty paragraph)', '<p>Halo 👋🏽<br>@warga</p><p><br class="ProseMirror-trailingBreak"></p><p>AWAS</p>'],
  ];
  for (const [name, html] of cases) {
    it(name, () => {
      const map = readTextMap(editor(html));
      expect(map.text).toBe('Halo 👋🏽\n@warga\n\nAWAS');
      // Every offset has a DOM point that maps back to it, the empty line included.
      for (let i = 0; i <= map.text.length; i++) {
        const point = pointAt(map, i);
        expect(point, `offset ${i}`).not.toBeNull();
        expect(offsetAt(map, point!.node, point!.offset), `offset ${i}`).toBe(i);
      }
    });
  }
});

describe('text offsets ⇄ DOM positions', () => {
  it('maps every offset of a multi-paragraph draft to a DOM point and back', () => {
    const root = editor('<p>Besok <b>kami</b> buka</p><p><br></p><p>AWAS 👋 banjir</p>');
    const map = readTextMap(root);
    expect(map.text).toBe('Besok kami buka\n\nAWAS 👋 banjir');
    for (let i = 0; i <= map.text.length; i++) {
      const point = pointAt(map, i);
      expect(point, `offset ${i}`).not.toBeNull();
      expect(offsetAt(map, point!.node, point!.offset), `offset ${i}`).toBe(i);
    }
  });

  it('puts a range end at the end of the previous text, not the start of the next', () => {
    const root = editor('<p><span>ab</span><span>cd</span></p>');
    const map = readTextMap(root);
    const end = pointAt(map, 2, true)!;
    expect((end.node as Text).data).toBe('ab');
    expect(end.offset).toBe(2);
    const start = pointAt(map, 2, false)!;
    expect((start.node as Text).data).toBe('cd');
    expect(start.offset).toBe(0);
  });

  it('anchors an empty line inside its paragraph', () => {
    const root = editor('<p>a</p><p><br></p><p>b</p>');
    const map = readTextMap(root);
    const point = pointAt(map, 2)!;
    expect(point.node).toBe(root.children[1]);
    expect(point.offset).toBe(0);
  });
});
