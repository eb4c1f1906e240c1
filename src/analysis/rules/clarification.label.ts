/** clarification.label: a hoax clarification opens with the label readers know ("[HOAKS]", "[DISINFORMASI]",
 * "[KLARIFIKASI]", "[MISLEADING]"). The fix puts one at the start when the post itself says which. */
import { findBareLabel } from '../facts';
import { clarificationCheck } from '../missing-fact';
import { defineRule, type FindingInput, type Localized } from '../rule';
import { PhraseList } from '../text/phrases';

/** What the post calls the claim, and the label that says it (Indonesian, English). */
const CALLED: [PhraseList, string][] = [
  [new PhraseList(['hoaks', 'berita bohong', 'kabar bohong', 'berita palsu']), '[HOAKS]'],
  [new PhraseList(['hoax', 'hoaxes', 'fake news']), '[HOAX]'],
  [new PhraseList(['disinformasi']), '[DISINFORMASI]'],
  [new PhraseList(['disinformation']), '[DISINFORMATION]'],
  [new PhraseList(['misleading', 'menyesatkan']), '[MISLEADING]'],
];

const MESSAGE: Localized = {
  id: 'Awali klarifikasi dengan label yang dikenal pembaca, misalnya “[HOAKS]” atau “[KLARIFIKASI]”',
  en: 'Start the clarification with a label readers know, e.g. “[HOAX]” or “[CLARIFICATION]”',
};
const WHY: Localized = {
  id: 'Label dalam kurung siku di awal (“[HOAKS]”, “[DISINFORMASI]”, “[KLARIFIKASI]”, “[MISLEADING]”) adalah bentuk yang dipakai Kominfo/Komdigi dan para pemeriksa fakta. Pembaca yang hanya melihat pratinjau atau judul langsung tahu bahwa kabar itu salah, dan tidak ikut menyebarkannya.',
  en: 'A label in square brackets at the start (“[HOAX]”, “[DISINFORMATION]”, “[CLARIFICATION]”, “[MISLEADING]”) is the form Kominfo/Komdigi and fact-checkers use. Readers who see only the preview or the first line know at once that the story is false, and do not pass it on.',
};

export default defineRule({
  id: 'clarification.label',
  category: 'trust',
  scope: 'draft',
  check: clarificationCheck(({ label }, draft) => {
    if (label.length > 0) return [];
    const out: FindingInput = { severity: 'suggestion', message: MESSAGE, why: WHY };
    // "Klarifikasi: …", "HOAKS! …": the word is there, written bare; the fix puts it in brackets.
    const bare = findBareLabel(draft.text);
    if (bare) {
      const tag = `[${bare.word.toUpperCase().replace(/\s+/g, ' ')}]`;
      out.span = { start: bare.start, end: bare.end };
      out.fix = { start: bare.start, end: bare.end, replacement: `${tag} `, label: { id: `Tulis “${tag}”`, en: `Write “${tag}”` } };
      return [out];
    }
    const first = draft.tokens.find((t) => t.kind === 'word' || t.kind === 'number');
    if (!first) return [out];
    out.span = { start: first.start, end: first.end };
    // The label of what the post calls the claim (the first said), before its first word.
    const tag = CALLED.map(([list, tag]) => [list.findInDoc(draft)[0]?.start ?? Infinity, tag] as const)
      .filter(([at]) => at !== Infinity)
      .sort((a, b) => a[0] - b[0])[0]?.[1];
    if (tag) {
      out.fix = {
        start: first.start,
        end: first.end,
        replacement: `${tag} ${first.text}`,
        label: { id: `Tambahkan “${tag}” di awal`, en: `Add “${tag}” at the start` },
      };
    }
    return [out];
  }),
});
