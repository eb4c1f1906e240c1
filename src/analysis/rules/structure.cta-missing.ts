/** structure.cta-missing: an announcement, event or service post should tell
 * readers what to do next, or where to ask. */
import { finding, defineRule } from '../rule';
import { CALLS_TO_ACTION } from '../contacts';
const ACTIONABLE = new Set(['announcement', 'event', 'service', 'recruitment', 'warning']);

export default defineRule({
  id: 'structure.cta-missing',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx, self) {
    const kinds = [...doc.kinds].filter((k) => ACTIONABLE.has(k));
    if (kinds.length === 0) return [];
    // The contacts the facts card lists (links, e-mail, accounts, phones, hotlines such as 112).
    if (doc.contacts.length > 0 || CALLS_TO_ACTION.findInDoc(doc).length > 0) return [];
    return [
      finding(self, ctx, doc.text, {
        severity: 'suggestion',
        message: { id: 'Tambahkan ajakan bertindak, tautan, atau kontak', en: 'Add a call to action, a link or a contact' },
        why: {
          id: 'Setelah membaca pengumuman, warga perlu tahu langkah berikutnya: daftar di mana, datang ke mana, hubungi siapa. Tambahkan satu ajakan jelas dengan tautan atau nomor resmi, misalnya “Daftar di pontianak.go.id/daftar atau hubungi 0561-123456.”',
          en: 'After reading an announcement, people need the next step: where to sign up, where to go, whom to call. Add one clear call to action with an official link or number, e.g. “Sign up at pontianak.go.id/daftar or call 0561-123456.”',
        },
      }),
    ];
  },
});
