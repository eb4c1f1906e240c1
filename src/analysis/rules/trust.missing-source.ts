/** trust.missing-source: a figure or a claim with no named source and no
 * official link. Institutional attribution is what most separates real
 * posts from hoaxes (§4a of the data guide in the shared design folder). */
import data from './trust.missing-source.json' with { type: 'json' };
import { finding, fill, defineRule } from '../rule';
import { PhraseList } from '../text/phrases';
import { normaliseContact, officialContacts } from '../contacts';

const CLAIMS = new PhraseList(data.claims);
const UNIT_WORDS = data.units
  .filter((u) => u !== '%')
  .map((u) => u.replace(/\s+/g, '\\s+'))
  .join('|');
// "30 persen", "1.200 warga", "45%", "Rp 2,5 miliar" — not clock times or dates (those are "when").
// A figure starts where a run of digits starts ("1.1.1.1…" rescanned from every digit was quadratic).
// A number ends on a digit: the full stop of "… 7 Desember 2026. Orang tua …" ends the sentence.
const NUMBER = '\\d(?:[\\d.,]*\\d)?';
const FIGURE = new RegExp(
  `(?:\\bRp\\.?\\s?${NUMBER}(?:\\s*(?:ribu|juta|miliar|triliun))?|(?<![\\d.,])${NUMBER}\\s?%|(?<![\\d.,])${NUMBER}\\s+(?:ribu\\s+|juta\\s+)?(?:${UNIT_WORDS})(?![\\p{L}]))`,
  'iu',
);

function figures(line: string) {
  const m = FIGURE.exec(line);
  return m ? [{ start: m.index, end: m.index + m[0].length, text: m[0] }] : [];
}

export default defineRule({
  id: 'trust.missing-source',
  category: 'trust',
  scope: 'draft',
  check(doc, ctx, self) {
    if (doc.facts.source.length > 0) return [];
    // The organisation's own website or accounts named in the post are a source.
    const lower = doc.text.toLowerCase();
    if (officialContacts(ctx.stylePack).some((c) => c !== ctx.stylePack?.contacts?.hotline && lower.includes(normaliseContact(c))))
      return [];
    const first = [...doc.perLine(figures), ...CLAIMS.findInDoc(doc)].sort((a, b) => a.start - b.start)[0];
    if (!first) return [];
    return [
      finding(self, ctx, doc.text, {
        severity: 'warning',
        span: { start: first.start, end: first.end },
        message: fill({ id: 'Sebutkan sumber untuk “{claim}”', en: 'Name the source for “{claim}”' }, { claim: first.text }),
        why: {
          id: 'Angka dan klaim tanpa sumber mudah dianggap hoaks, dan mudah dipelintir. Sebut asalnya, misalnya “menurut data Dinas Kesehatan Kota Pontianak” atau “kata Kepala BPBD, …”, atau tautkan ke laman resmi (.go.id).',
          en: 'Figures and claims without a source are easily taken for hoaxes, and easily twisted. Say where they come from, e.g. “according to the city Health Office”, or link to the official page (.go.id).',
        },
      }),
    ];
  },
});
