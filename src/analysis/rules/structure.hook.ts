/** structure.hook: readers see the first line (in feeds, often only that).
 * A greeting or a letter-style preamble there hides the news. */
import data from './structure.hook.json' with { type: 'json' };
import { finding, fill, defineRule } from '../rule';
import { PhraseList } from '../text/phrases';

const GREETINGS = new PhraseList(data.greetings);
const PREAMBLES = new PhraseList(data.preambles);
const WORD = /[\p{L}\p{N}]+/gu;

const wordCount = (s: string) => (s.match(WORD) ?? []).length;

export default defineRule({
  id: 'structure.hook',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx, self) {
    const first = doc.paragraphs.find((p) => p.text.trim() !== '');
    if (!first) return [];
    const opening = [...GREETINGS.find(first.text), ...PREAMBLES.find(first.text)]
      .filter((m) => /^[\s\p{P}\p{S}]*$/u.test(first.text.slice(0, m.start)) || m.start <= 2)
      .sort((a, b) => b.end - a.end)[0];
    if (opening) {
      // The opening formula, plus anything else that is not yet the news ("Bapak/Ibu sekalian,").
      const rest = first.text.slice(opening.end).replace(/^[\s\p{P}]+/u, '');
      const isOnlyFormula = wordCount(rest) <= 3;
      const start = first.start + opening.start;
      return [
        finding(self, ctx, doc.text, {
          severity: isOnlyFormula || doc.paragraphs.length === 1 ? 'suggestion' : 'info',
          span: { start, end: first.start + opening.end },
          message: fill(
            {
              id: 'Baris pertama dibuka dengan “{phrase}”, bukan dengan beritanya',
              en: 'The first line opens with “{phrase}”, not with the news',
            },
            { phrase: opening.text },
          ),
          why: {
            id: 'Di linimasa, pembaca sering hanya melihat baris pertama. Taruh intinya di sana: apa, untuk siapa, dan kapan. Pindahkan salam ke akhir, atau hapus. Contoh: “Layanan KTP keliling hadir di Kelurahan Sungai Bangkong pada Sabtu, 28 November 2026, pukul 08.00–12.00 WIB.”',
            en: 'In a feed, readers often see only the first line. Put the point there: what, for whom and when. Move the greeting to the end, or drop it. Example: “The mobile ID-card service comes to Sungai Bangkong on Saturday 28 November 2026, 8 am to noon WIB.”',
          },
        }),
      ];
    }
    // A first sentence far longer than the audience reads at a glance.
    const sentence = doc.sentences.find((s) => s.start >= first.start);
    const words = sentence?.words.length ?? 0;
    const limit = ctx.audienceProfile.hookMaxWords * 2;
    if (!sentence || ctx.platform === 'web' || words <= limit) return [];
    return [
      finding(self, ctx, doc.text, {
        severity: 'suggestion',
        span: { start: sentence.start, end: sentence.end },
        message: fill(
          {
            id: 'Kalimat pembuka ini berisi {words} kata: persingkat dan sebut intinya dulu',
            en: 'The opening sentence has {words} words: shorten it and lead with the point',
          },
          { words },
        ),
        why: fill(
          {
            id: 'Kalimat pertama adalah kail: pembaca memutuskan dalam sekejap apakah lanjut membaca. Tulis kurang dari {max} kata dan sebut intinya dulu.',
            en: 'The first sentence is the hook: readers decide at a glance whether to read on. Keep it under {max} words and say the point first.',
          },
          { max: ctx.audienceProfile.hookMaxWords },
        ),
      }),
    ];
  },
});
