/** structure.wall-of-text: a long post in one block is skipped on a phone
 * screen. Offers a paragraph break after the middle sentence. */
import { finding, fill, defineRule } from '../rule';

export default defineRule({
  id: 'structure.wall-of-text',
  category: 'clarity',
  scope: 'draft',
  check(doc, ctx, self) {
    const filled = doc.paragraphs.filter((p) => p.text.trim() !== '');
    if (filled.length !== 1) return [];
    const block = filled[0]!;
    const sentences = doc.sentences.filter((s) => s.start >= block.start && s.end <= block.end);
    const words = sentences.reduce((n, s) => n + s.words.length, 0);
    if (words <= ctx.audienceProfile.wallOfTextWords || sentences.length < 3) return [];
    // Break after the middle sentence, counted in sentences: the other fixes (a date added, "!!" made
    // "!") change the block's length but not its sentences, so the break is the same whichever goes first.
    const index = Math.ceil(sentences.length / 2) - 1;
    const at = sentences[index]!;
    const next = sentences[index + 1]!;
    return [
      finding(self, ctx, doc.text, {
        severity: 'suggestion',
        span: { start: block.start, end: block.end },
        message: fill(
          {
            id: 'Teks {words} kata ini tidak punya jeda baris: pisahkan menjadi paragraf pendek',
            en: 'This {words}-word text has no line breaks: split it into short paragraphs',
          },
          { words },
        ),
        why: {
          id: 'Di layar ponsel, blok teks panjang dilewati. Pisahkan menjadi paragraf pendek: satu gagasan per paragraf, dengan baris kosong di antaranya.',
          en: 'On a phone screen, a long block of text gets skipped. Break it into short paragraphs: one idea each, with a blank line between them.',
        },
        fix: {
          start: at.end,
          end: next.start,
          replacement: '\n\n',
          label: { id: 'Pisahkan di tengah', en: 'Split it in the middle' },
        },
      }),
    ];
  },
});
