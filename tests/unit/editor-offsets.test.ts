/** Draft offsets are UTF-16 code units, whatever the characters: emoji with
 * skin tones, ZWJ sequences, flags and combining marks, in contenteditables
 * and in textareas. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdit, diffEdit, widenDeletion } from '../../src/editor/apply';
import { offsetAt, pointAt, readSelection, readText, readTextMap, type DomPoint } from '../../src/editor/text';

const FAMILY = '👨‍👩‍👧'; // man ZWJ woman ZWJ girl: 3 astral code points + 2 ZWJ = 8 code units
const WAVE = '👋🏽'; // waving hand + skin-tone modifier: 4 code units
const FLAG = '🇮🇩'; // two regional indicators: 4 code units
const ACUTE = 'e\u0301'; // e + combining acute accent: 2 code units, one grapheme

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed')!;
}

function select(from: DomPoint, to: DomPoint): Range {
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('the characters themselves', () => {
  it('are counted in UTF-16 code units, not graphemes or code points', () => {
    expect([FAMILY.length, WAVE.length, FLAG.length, ACUTE.length]).toEqual([8, 4, 4, 2]);
  });
});

describe('contenteditable: text offsets ⇄ DOM points', () => {
  const html = `<p>Halo ${WAVE} kaf${ACUTE}</p><p><span>Keluarga </span><b>${FAMILY}</b><span> hadir ${FLAG}</span></p>`;
  const text = `Halo ${WAVE} kaf${ACUTE}\nKeluarga ${FAMILY} hadir ${FLAG}`;

  it('reads the draft with every code unit in place', () => {
    expect(readTextMap(editor(html)).text).toBe(text);
  });

  it('round-trips every offset, inside surrogate pairs and grapheme clusters too, from either side', () => {
    const map = readTextMap(editor(html));
    for (let i = 0; i <= text.length; i++) {
      for (const preferEnd of [false, true]) {
        const point = pointAt(map, i, preferEnd);
        expect(point, `offset ${i}`).not.toBeNull();
        expect(offsetAt(map, point!.node, point!.offset), `offset ${i} (preferEnd ${preferEnd})`).toBe(i);
      }
    }
  });

  it('maps a range over a ZWJ sequence to the DOM points around exactly that sequence', () => {
    const root = editor(html);
    const map = readTextMap(root);
    const start = text.indexOf(FAMILY);
    const end = start + FAMILY.length;
    const from = pointAt(map, start, false)!;
    const to = pointAt(map, end, true)!;
    // Both ends in the <b>'s text node: not the end of "Keluarga " nor the start of " hadir".
    expect(from.node).toBe(root.querySelector('b')!.firstChild);
    expect(from.offset).toBe(0);
    expect(to.node).toBe(from.node);
    expect(to.offset).toBe(8);
    const range = select(from, to);
    expect(range.toString()).toBe(FAMILY);
    expect(readSelection(root)).toEqual({ start, end });
  });

  it('maps a range over a ZWJ sequence in the middle of one text node', () => {
    const root = editor(`<p>${FLAG}${FAMILY}${WAVE}</p>`);
    const map = readTextMap(root);
    const from = pointAt(map, FLAG.length, false)!;
    const to = pointAt(map, FLAG.length + FAMILY.length, true)!;
    expect([from.offset, to.offset]).toEqual([4, 12]);
    expect(select(from, to).toString()).toBe(FAMILY);
    expect(readSelection(root)).toEqual({ start: 4, end: 12 });
  });

  it('keeps a combining mark with its letter when a range ends after it', () => {
    const root = editor(`<p>kaf${ACUTE} buka</p>`);
    const map = readTextMap(root);
    const from = pointAt(map, 0)!;
    const to = pointAt(map, `kaf${ACUTE}`.length, true)!;
    expect(to.offset).toBe(5);
    expect(select(from, to).toString()).toBe(`kaf${ACUTE}`);
    expect(readSelection(root)).toEqual({ start: 0, end: 5 });
  });

  it('maps a range around an emoji image (alt text) to the points before and after the image', () => {
    const root = editor(`<p>Keluarga <img alt="${FAMILY}" src="data:,"> hadir</p>`);
    const map = readTextMap(root);
    expect(map.text).toBe(`Keluarga ${FAMILY} hadir`);
    const img = root.querySelector('img')!;
    const p = img.parentNode!;
    const from = pointAt(map, 9, false)!;
    const to = pointAt(map, 17, true)!;
    expect(from).toEqual({ node: p, offset: 1 });
    expect(to).toEqual({ node: p, offset: 2 });
    select(from, to);
    expect(readSelection(root)).toEqual({ start: 9, end: 17 });
  });
});

describe('textarea: offsets are indices into the value', () => {
  // Browsers normalise "\r\n" to "\n" in a textarea's value (HTML's "API value"); happy-dom keeps it.
  // Either way the offsets Tutur uses are the value's own UTF-16 indices, the ones setSelectionRange takes.
  function textarea(value: string): HTMLTextAreaElement {
    document.body.innerHTML = '<textarea id="ta"></textarea>';
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.value = value;
    return ta;
  }
  const value = `Halo ${WAVE}\r\n${FAMILY} kaf${ACUTE}\r\nAWAS ${FLAG}`;

  it('reads the value as it is, every code unit counted', () => {
    const ta = textarea(value);
    expect(readText(ta)).toBe(ta.value);
    expect(readText(ta).length).toBe(ta.value.length);
  });

  it('reports a selection over a ZWJ sequence after a line break as value indices', () => {
    const ta = textarea(value);
    const text = readText(ta);
    const start = text.indexOf(FAMILY);
    ta.setSelectionRange(start, start + FAMILY.length);
    const selection = readSelection(ta)!;
    expect(selection).toEqual({ start, end: start + FAMILY.length });
    expect(text.slice(selection.start, selection.end)).toBe(FAMILY);
  });

  it('applies an edit after the line breaks exactly where the offsets say', async () => {
    const ta = textarea(value);
    const text = readText(ta);
    const start = text.indexOf(`kaf${ACUTE}`);
    const edit = { start, end: start + `kaf${ACUTE}`.length, replacement: `warung ${WAVE}` };
    const result = await applyEdit(ta, edit, text);
    const want = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    expect(result).toEqual({ ok: true, text: want });
    expect(ta.value).toBe(want);
  });
});

describe('a deletion in a rich editor, pasted as one code point over a wider range', () => {
  const widen = (text: string, start: number, end: number) => {
    const edit = widenDeletion(text, { start, end, replacement: '' });
    // Whatever the widening, the result is the deletion's result, and whole code points are pasted.
    expect(text.slice(0, edit.start) + edit.replacement + text.slice(edit.end)).toBe(text.slice(0, start) + text.slice(end));
    expect(edit.replacement.length === 0 || /^[\s\S]$/u.test(edit.replacement)).toBe(true);
    return edit;
  };

  it('takes the next code point, a whole surrogate pair when it is one', () => {
    expect(widen('ab\ncd', 2, 3)).toEqual({ start: 2, end: 4, replacement: 'c' });
    expect(widen(`${WAVE}\n${FAMILY}`, 4, 5)).toEqual({ start: 4, end: 7, replacement: '👨' });
  });

  it('takes the previous code point at the end of the draft, or before another line break', () => {
    expect(widen(`a👋\n`, 3, 4)).toEqual({ start: 1, end: 4, replacement: '👋' });
    expect(widen('ab\n\ncd', 2, 3)).toEqual({ start: 1, end: 3, replacement: 'b' });
    expect(widen(`${WAVE}\n`, 4, 5)).toEqual({ start: 2, end: 5, replacement: '🏽' });
  });

  it('keeps a deletion of everything as it is', () => {
    expect(widen('\n', 0, 1)).toEqual({ start: 0, end: 1, replacement: '' });
    expect(widen('abc', 0, 3)).toEqual({ start: 0, end: 3, replacement: '' });
  });
});

describe('the smallest edit between two drafts (to put a draft back)', () => {
  const check = (from: string, to: string) => {
    const edit = diffEdit(from, to);
    expect(from.slice(0, edit.start) + edit.replacement + from.slice(edit.end)).toBe(to);
    // No half of a surrogate pair on either side of the edit, nor in it.
    for (const part of [from.slice(edit.start, edit.end), edit.replacement]) expect(part).toBe(part.toWellFormed());
    return edit;
  };

  it('covers only what differs', () => {
    expect(check('layanan → pelayanan KTP', 'layanan KTP')).toEqual({ start: 8, end: 20, replacement: '' });
    expect(check('abc', 'abc')).toEqual({ start: 3, end: 3, replacement: '' });
  });

  it('keeps surrogate pairs whole when two emoji share a half', () => {
    // 👋 (U+1F44B) and 👍 (U+1F44D) share their high surrogate; 🏽 and 🏾 share theirs too.
    expect(check(`Halo 👋`, `Halo 👍`)).toEqual({ start: 5, end: 7, replacement: '👍' });
    expect(check(`${WAVE}!`, `👋🏾!`)).toEqual({ start: 2, end: 4, replacement: '🏾' });
    expect(check(`a${FAMILY}b`, `a👨‍👩‍👦b`)).toEqual({ start: 7, end: 9, replacement: '👦' });
  });
});
