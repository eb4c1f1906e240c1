/** emoji.count: emoji are read aloud by screen readers and should add to
 * the words, never replace them; officials expect few, young readers more. */
import { defineRule, finding } from '../rule';
import { emojiIn, tooMany } from '../norms';
import type { Finding } from '../types';

export default defineRule({
  id: 'emoji.count',
  category: 'reach',
  scope: 'draft',
  check: tooMany({
    severity: 'suggestion',
    items: (doc) => doc.perLine(emojiIn),
    max: (ctx) => Math.round(ctx.platformProfile.emoji * ctx.audienceProfile.emojiFactor),
    message: {
      id: 'Unggahan ini memakai {count} emoji, padahal {max} sudah cukup untuk sasaran pembaca ini di {platform}',
      en: 'This post uses {count} emoji, but {max} is enough for this audience on {platform}',
    },
    why: {
      id: 'Pembaca layar membacakan nama setiap emoji (“wajah tersenyum, wajah tersenyum…”). Pakai sedikit, di akhir kalimat, dan jangan jadikan emoji satu-satunya pembawa makna.',
      en: 'Screen readers read out every emoji’s name (“smiling face, smiling face…”). Use a few, at the end of sentences, and never let an emoji carry the only meaning.',
    },
    extra(doc, ctx, self) {
      const out: Finding[] = [];
      // A line made only of emoji says nothing to someone who cannot see them.
      for (const p of doc.paragraphs) {
        const emoji = emojiIn(p.text);
        if (emoji.length === 0) continue;
        // Emoji keycaps hold digits ("1️⃣"): look for words outside the emoji only.
        let rest = '';
        let cursor = 0;
        for (const e of emoji) {
          rest += p.text.slice(cursor, e.start);
          cursor = e.end;
        }
        if (/[\p{L}\p{N}]/u.test(rest + p.text.slice(cursor))) continue;
        out.push(
          finding(self, ctx, doc.text, {
            severity: 'suggestion',
            span: { start: p.start, end: p.end },
            message: { id: 'Baris ini hanya berisi emoji', en: 'This line has only emoji' },
            why: {
              id: 'Makna yang hanya ada di emoji hilang bagi pembaca layar dan bisa ditafsirkan berbeda. Tuliskan juga dengan kata-kata.',
              en: 'Meaning carried only by emoji is lost to screen readers and open to different readings. Say it in words too.',
            },
          }),
        );
      }
      return out;
    },
  }),
});
