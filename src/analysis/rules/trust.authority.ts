/** trust.authority: information on a hazard should come from the body the law gives it to (quakes,
 * tsunami warnings and weather: BMKG; volcanoes: PVMBG; disaster response and evacuations: BNPB/BPBD;
 * outbreaks: Kemenkes/Dinkes; elections: KPU/Bawaslu). A post that informs on one and names none of
 * its bodies gets a tip naming them; the style pack may add regional bodies and their accounts. */
import data from './trust.authority.json' with { type: 'json' };
import { defineRule, finding, type Localized } from '../rule';
import type { LineModel } from '../lines';
import { PhraseList } from '../text/phrases';
import type { Finding, StylePack } from '../types';

interface Body {
  en: string;
  aliases: string[];
  tokens: string[];
  website?: string;
}
const BODIES: Record<string, Body> = data.bodies;
const normalise = (s: string) => s.toLowerCase().trim().replace(/\s+/g, ' ');
const BODY_OF_ALIAS = new Map(Object.entries(BODIES).flatMap(([key, b]) => b.aliases.map((a) => [normalise(a), key] as const)));
const NAMES = new PhraseList(BODY_OF_ALIAS.keys());
const TOKENS = Object.entries(BODIES).flatMap(([key, b]) => b.tokens.map((t) => [t, key] as const));
const MANDATES = data.mandates.map((m) => ({ ...m, list: new PhraseList(m.words) }));

/** The table's bodies a line names: by name, or in a link, mention or address ("@infoBMKG", "bpbd.kalbarprov.go.id"). */
function bodiesInLine(_line: string, model: LineModel): { start: number; end: number; body: string }[] {
  const out = NAMES.find(model.text).map((m) => ({ start: m.start, end: m.end, body: BODY_OF_ALIAS.get(m.phrase)! }));
  for (const t of model.tokens) {
    if (t.kind !== 'url' && t.kind !== 'mention' && t.kind !== 'email') continue;
    for (const [token, body] of TOKENS) if (t.lower.includes(token)) out.push({ start: t.start, end: t.end, body });
  }
  return out;
}

/** The pack's own bodies per mandate, and the table's bodies its name says it is ("BPBD Kota Pontianak"). */
function packBodies(pack: StylePack) {
  const byMandate = new Map<string, { name: string; account?: string }[]>();
  for (const a of pack.authorities ?? []) byMandate.set(a.mandate, [...(byMandate.get(a.mandate) ?? []), a]);
  return {
    byMandate,
    names: new PhraseList((pack.authorities ?? []).map((a) => a.name)),
    self: new Set(pack.name ? NAMES.find(pack.name).map((m) => BODY_OF_ALIAS.get(m.phrase)!) : []),
  };
}

const list = (names: string[], and: string) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}` : names[0]!);

const rule = defineRule({
  id: 'trust.authority',
  category: 'trust',
  scope: 'draft',
  check(draft, ctx) {
    const informs = MANDATES.map((m) => ({ m, found: m.list.findInDoc(draft) })).filter(({ found }) => found.length > 0);
    if (informs.length === 0) return [];
    const cited = new Set(draft.perLine(bodiesInLine).map((b) => b.body));
    const pack = ctx.fromPack(packBodies);
    const packNamed = new Set(pack?.names.findInDoc(draft).map((m) => m.phrase) ?? []);
    const lower = draft.text.toLowerCase();
    const out: Finding[] = [];
    const told = new Set<string>();
    for (const { m, found } of informs) {
      const regional = pack?.byMandate.get(m.id) ?? [];
      if (m.bodies.some((b) => cited.has(b) || pack?.self.has(b))) continue;
      if (regional.some((r) => packNamed.has(normalise(r.name)) || (r.account && lower.includes(r.account.toLowerCase())))) continue;
      // Quakes and tsunami warnings both go to BMKG: one tip.
      const key = m.bodies.join('+');
      if (told.has(key)) continue;
      told.add(key);
      out.push(
        tip(
          m,
          found[0]!,
          regional,
          [...cited].filter((b) => !m.bodies.includes(b)),
        ),
      );
    }
    return out;

    function tip(
      m: (typeof MANDATES)[number],
      at: { start: number; end: number },
      regional: { name: string; account?: string }[],
      others: string[],
    ): Finding {
      const named = (en: boolean) => [
        ...regional.map((r) => (r.account ? `${r.name} (${r.account})` : r.name)),
        ...m.bodies.map((b) => (en ? BODIES[b]!.en : b)),
      ];
      const id = list(named(false), 'atau');
      const en = list(named(true), 'or');
      const instead = others.length ? { id: `, bukan ${list(others, 'atau')}`, en: `, not ${list(others, 'or')}` } : { id: '', en: '' };
      const sites = m.bodies.map((b) => BODIES[b]!.website).filter(Boolean);
      const message: Localized = {
        id: `Informasi ${m.topic.id} resminya dari ${id}${instead.id}: sebut sumber itu`,
        en: `Official information on ${m.topic.en} comes from ${en}${instead.en}: cite it`,
      };
      const why: Localized = {
        id: `${list(m.bodies, 'dan')} ditugasi memberi informasi ${m.topic.id}. Dasarnya: ${m.sources.join('; ')}. Warga lebih percaya dan bisa memeriksa sendiri bila unggahan menyebut sumber yang berwenang${sites.length ? ` beserta tautannya: ${sites.join(', ')}` : ''}.`,
        en: `${list(m.bodies, 'and')} hold the mandate to inform on ${m.topic.en}. The basis: ${m.sources.join('; ')}. People trust a post more, and can check it themselves, when it names the body in charge${sites.length ? ` and links to it: ${sites.join(', ')}` : ''}.`,
      };
      return finding(rule, ctx, draft.text, {
        severity: 'suggestion',
        span: { start: at.start, end: at.end },
        message,
        why,
        ...(regional.length ? { fromStylePack: true } : {}),
      });
    }
  },
});

export default rule;
