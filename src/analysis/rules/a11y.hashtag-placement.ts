/** a11y.hashtag-placement: hashtags where screen readers and readers stumble on them.
 * - In the middle of a sentence: a hashtag (or a run of them) with a word before it and a word
 *   after it in the same sentence ("Warga #Pontianak diminta …"). A screen reader says "hashtag"
 *   in the middle of the sentence, and readers expect tags at the end, where they do not break
 *   the flow. The word after must be in lower case, or follow a comma: "… selesai #Pontianak
 *   Warga diminta …" may be a sentence that ended without a full stop. No fix: moving the tag
 *   is the writer's call (the word may be needed in the sentence).
 * - More than two hashtags for the public. hashtag.count already counts hashtags against the
 *   platform's norm (for the public: X, Bluesky and Facebook 2, Threads 1, LinkedIn and the
 *   generic composer 3, Mastodon 4, Instagram 5). This rule speaks only where that norm is above
 *   two and the post keeps within it, so no draft hears "too many hashtags" twice; it carries the
 *   accessibility guides' limit of two for posts to the public. Camel case is hashtag.camel-case's. */
import { defineRule, finding } from '../rule';
import { hashtagNorm } from '../norms';
import type { LineModel } from '../lines';
import type { Finding } from '../types';

/** The accessibility guides' limit for posts to the public. */
const PUBLIC_MAX = 2;

const LOWER_START = /^\p{Ll}/u;
/** At most this many hashtags mid-sentence are reported at a time (a draft of thousands would otherwise
 * cost a finding each on every keystroke). */
const MAX_REPORTED = 50;

/** Runs of hashtags inside a sentence of one line. Module level: the engine memoises it per line. */
function midSentenceHashtags(line: string, model: LineModel): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!line.includes('#')) return out;
  for (const s of model.sentences) {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'hashtag') continue;
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1]!.kind === 'hashtag') j++;
      const before = tokens[i - 1];
      const after = tokens[j + 1];
      const last = tokens[j]!;
      if (
        before?.kind === 'word' &&
        after?.kind === 'word' &&
        (LOWER_START.test(after.text) || line.charCodeAt(last.end) === 0x2c) /* "," */
      )
        out.push({ start: tokens[i]!.start, end: last.end });
      i = j;
    }
  }
  return out;
}

const rule = defineRule({
  id: 'a11y.hashtag-placement',
  category: 'reach',
  title: {
    id: 'Tagar di tengah kalimat, atau lebih dari dua untuk warga umum',
    en: 'Hashtags mid-sentence, or more than two for the public',
  },
  scope: 'draft',
  check(doc, ctx) {
    const out: Finding[] = [];
    for (const span of doc.perLine(midSentenceHashtags)) {
      if (out.length === MAX_REPORTED) break;
      const tags = doc.text.slice(span.start, span.end);
      out.push(
        finding(rule, ctx, doc.text, {
          severity: 'suggestion',
          span,
          message: {
            id: `Tagar “${tags}” di tengah kalimat: pindahkan ke akhir unggahan`,
            en: `The hashtag “${tags}” is mid-sentence: move it to the end of the post`,
          },
          why: {
            id: 'Pembaca layar membacakan “tagar” di tengah kalimat, dan pembaca di media sosial mengharapkan tagar di akhir, tempat tagar tidak memutus alur kalimat. “Making your social media posts accessible” dari Government Digital Service (GOV.UK), panduan media sosial Section508.gov dan panduan “Accessible social media” universitas meminta tagar diletakkan di akhir unggahan: “Warga Pontianak diminta … #Pontianak”.',
            en: 'Screen readers say “hashtag” in the middle of the sentence, and readers on social media expect hashtags at the end, where they do not break the sentence. The Government Digital Service’s “Making your social media posts accessible” (GOV.UK), Section508.gov’s social media guidance and universities’ “Accessible social media” guides ask for hashtags at the end of the post: “Residents of Pontianak are asked to … #Pontianak”.',
          },
        }),
      );
    }
    if (ctx.audience === 'public' && hashtagNorm(ctx) > PUBLIC_MAX) {
      const tags = doc.tokens.filter((t) => t.kind === 'hashtag');
      // Over the platform's norm, hashtag.count says so already.
      if (tags.length > PUBLIC_MAX && tags.length <= hashtagNorm(ctx)) {
        const extra = tags.slice(PUBLIC_MAX);
        out.push(
          finding(rule, ctx, doc.text, {
            severity: 'suggestion',
            span: { start: extra[0]!.start, end: extra[extra.length - 1]!.end },
            message: {
              id: `${tags.length} tagar: untuk warga umum cukup ${PUBLIC_MAX}`,
              en: `${tags.length} hashtags: ${PUBLIC_MAX} are enough for the general public`,
            },
            why: {
              id: `Pembaca layar membacakan setiap tagar kata demi kata, dan deretan tagar menenggelamkan pesannya bagi warga umum. Panduan aksesibilitas media sosial (Government Digital Service/GOV.UK, panduan “Accessible social media” universitas) menyarankan paling banyak ${PUBLIC_MAX} tagar, yang paling relevan, di akhir unggahan.`,
              en: `Screen readers read every hashtag word by word, and a string of them buries the message for the general public. Accessible social media guidance (the Government Digital Service/GOV.UK, universities’ “Accessible social media” guides) suggests at most ${PUBLIC_MAX} hashtags, the most relevant, at the end of the post.`,
            },
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
