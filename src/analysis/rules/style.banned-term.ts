/** style.banned-term: words the organisation's style pack forbids (outdated
 * names, stigmatising terms), with the pack's reason. */
import { finding, fill, defineRule } from '../rule';
import { PhraseList } from '../text/phrases';
import type { Finding, StylePack } from '../types';

/** The pack's banned terms as a phrase list, with their reasons (built once per pack by the engine:
 * a pack may hold 10,000 terms, too many to go through on every analysis). */
const bannedTerms = (pack: StylePack) => ({
  list: new PhraseList((pack.bannedTerms ?? []).map((b) => b.term)),
  reasons: new Map((pack.bannedTerms ?? []).map((b) => [b.term.toLowerCase().trim().replace(/\s+/g, ' '), b.reason ?? ''])),
});

const rule = defineRule({
  id: 'style.banned-term',
  category: 'correctness',
  title: { id: 'Istilah yang dihindari organisasi Anda', en: 'Terms your organisation avoids' },
  scope: 'draft',
  check(doc, ctx) {
    const pack = ctx.stylePack;
    if (!pack?.bannedTerms?.length) return [];
    const { list, reasons } = ctx.fromPack(bannedTerms)!;
    const out: Finding[] = [];
    for (const m of list.findInDoc(doc)) {
      const reason = reasons.get(m.phrase) ?? '';
      out.push(
        finding(rule, ctx, doc.text, {
          severity: 'warning',
          fromStylePack: true,
          span: { start: m.start, end: m.end },
          message: fill(
            { id: '“{term}” tidak dipakai oleh {org}', en: '“{term}” is not used by {org}' },
            { term: m.text, org: pack.name ?? 'organisasi Anda' },
          ),
          why: reason
            ? { id: reason, en: reason }
            : { id: 'Istilah ini dilarang dalam panduan gaya organisasi Anda.', en: 'Your organisation’s style guide forbids this term.' },
        }),
      );
    }
    return out;
  },
});

export default rule;
