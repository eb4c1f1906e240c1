/** structure.cta-missing: an announcement, event or service post should tell
 * readers what to do next, or where to ask. */
import data from './structure.cta-missing.json' with { type: 'json' };
import { finding, type DocumentRule } from '../rule';
import { postKinds } from '../post-kind';
import { PhraseList } from '../text/phrases';
import { spansByLine } from '../lines';

const CTA = new PhraseList(data.phrases);
const PHONE = /(?:\+62|\b0)\d[\d\s.-]{6,}\d/g;
const phones = (line: string) => [...line.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const ACTIONABLE = new Set(['announcement', 'event', 'service', 'recruitment', 'warning']);

const rule: DocumentRule = {
  id: 'structure.cta-missing',
  category: 'reach',
  scope: 'document',
  check(doc, ctx) {
    const kinds = [...postKinds(doc)].filter((k) => ACTIONABLE.has(k));
    if (kinds.length === 0) return [];
    const hasContact = doc.tokens.some((t) => t.kind === 'url' || t.kind === 'email' || t.kind === 'mention') || spansByLine(doc, 'phone', phones).length > 0;
    if (hasContact || CTA.findInDoc(doc).length > 0) return [];
    return [
      finding(rule, ctx, doc.text, {
        severity: 'suggestion',
        message: { id: 'Tidak ada ajakan bertindak, tautan, atau kontak', en: 'No call to action, link or contact' },
        why: {
          id: 'Setelah membaca pengumuman, warga perlu tahu langkah berikutnya: daftar di mana, datang ke mana, hubungi siapa. Tambahkan satu ajakan jelas dengan tautan atau nomor resmi, misalnya “Daftar di pontianak.go.id/daftar atau hubungi 0561-123456.”',
          en: 'After reading an announcement, people need the next step: where to sign up, where to go, whom to call. Add one clear call to action with an official link or number, e.g. “Sign up at pontianak.go.id/daftar or call 0561-123456.”',
        },
      }),
    ];
  },
};

export default rule;
