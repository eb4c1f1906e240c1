/** plain.jargon: bureaucratic or wordy phrases with a plainer alternative
 * ("dalam rangka" → "untuk", "in order to" → "to"), plus the organisation's
 * own preferred terms from its style pack. */
import lexicon from './plain.jargon.json' with { type: 'json' };
import { finding, fill, type FindingInput, defineRule } from '../rule';
import { matchCase, PhraseList } from '../text/phrases';
import type { Paragraph } from '../doc';
import type { Finding, StylePack } from '../types';

interface Entry {
  phrase: string;
  use: string[];
  fix: boolean;
  reason?: string;
}

const norm = (p: string) => p.toLowerCase().trim().replace(/\s+/g, ' ');
const ID = new Map((lexicon.id as Entry[]).map((e) => [norm(e.phrase), e]));
const EN = new Map((lexicon.en as Entry[]).map((e) => [norm(e.phrase), e]));
const ID_LIST = new PhraseList(ID.keys());
const EN_LIST = new PhraseList(EN.keys());

/** The style pack's preferred terms as a phrase list (built once per pack by the engine). */
function packTerms(pack: StylePack): { list: PhraseList; entries: Map<string, Entry> } | null {
  if (!pack.preferredTerms?.length) return null;
  const entries = new Map(pack.preferredTerms.map((t) => [norm(t.avoid), { phrase: t.avoid, use: [t.use], fix: true, reason: t.reason }]));
  return { list: new PhraseList(entries.keys()), entries };
}

function languageAt(p: Paragraph, offset: number) {
  return p.sentences.find((s) => offset >= s.start && offset < s.end)?.language ?? 'unknown';
}

const rule = defineRule({
  id: 'plain.jargon',
  category: 'clarity',
  title: { id: 'Bahasa birokratis: pakai kata sehari-hari', en: 'Bureaucratic wording: use plain words' },
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    const taken: [number, number][] = [];
    const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
    const pack = ctx.fromPack(packTerms) ?? null;
    const sources: [PhraseList, Map<string, Entry>, 'pack' | 'id' | 'en'][] = [
      ...(pack ? [[pack.list, pack.entries, 'pack'] as [PhraseList, Map<string, Entry>, 'pack']] : []),
      [ID_LIST, ID, 'id'],
      [EN_LIST, EN, 'en'],
    ];
    for (const [list, entries, kind] of sources) {
      for (const m of list.find(p.text)) {
        const entry = entries.get(m.phrase);
        if (!entry || overlaps(m.start, m.end)) continue;
        const language = languageAt(p, m.start);
        if ((kind === 'id' && language === 'en') || (kind === 'en' && language === 'id')) continue;
        taken.push([m.start, m.end]);
        const first = entry.use[0];
        const quoted = entry.use.filter(Boolean).map((u) => `“${u}”`);
        const alternatives = quoted.join(' atau ');
        const alternativesEn = quoted.join(' or ');
        let fix: FindingInput['fix'];
        if (entry.fix && first !== undefined) {
          const remove = first === '';
          const end = remove && p.text[m.end] === ' ' ? m.end + 1 : m.end;
          const replacement = remove ? '' : matchCase(m.text, first);
          fix = {
            start: m.start,
            end,
            replacement,
            label: remove
              ? { id: `Hapus “${m.text}”`, en: `Remove “${m.text}”` }
              : { id: `Ganti dengan “${replacement}”`, en: `Replace with “${replacement}”` },
          };
        }
        const packReason = kind === 'pack' ? entry.reason : undefined;
        out.push(
          finding(rule, ctx, p.text, {
            severity: kind === 'pack' ? 'warning' : 'suggestion',
            fromStylePack: kind === 'pack',
            span: { start: m.start, end: m.end },
            message: alternatives
              ? fill(
                  { id: 'Ganti “{phrase}” dengan kata yang lebih sederhana: {alt}', en: 'Say “{phrase}” more plainly: {altEn}' },
                  { phrase: m.text, alt: alternatives, altEn: alternativesEn },
                )
              : fill(
                  { id: '“{phrase}” bisa dihapus atau ditulis lebih sederhana', en: '“{phrase}” can go, or be said more plainly' },
                  { phrase: m.text },
                ),
            why: packReason
              ? { id: packReason, en: packReason }
              : kind === 'en'
                ? {
                    id: 'Bahasa sederhana dibaca lebih cepat dan lebih dipercaya. Pakai kata sehari-hari: “use”, bukan “utilize”.',
                    en: 'Plain words are read faster and trusted more. Use everyday words: “use”, not “utilize”; “to”, not “in order to”.',
                  }
                : {
                    id: 'Bahasa birokrasi menjauhkan warga. Pakai kata sehari-hari dan kata kerja langsung: “untuk”, bukan “dalam rangka”; “berkoordinasi”, bukan “melakukan koordinasi”.',
                    en: 'Bureaucratic Indonesian pushes readers away. Use everyday words and direct verbs: “untuk”, not “dalam rangka”; “berkoordinasi”, not “melakukan koordinasi”.',
                  },
            fix,
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
