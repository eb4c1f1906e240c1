/** hashtag.official-missing: the organisation's required hashtag is absent
 * (only with a style pack). The fix appends it at the end of the post. */
import { finding, fill, defineRule } from '../rule';
import type { Finding } from '../types';

const rule = defineRule({
  id: 'hashtag.official-missing',
  category: 'reach',
  scope: 'draft',
  check(doc, ctx) {
    const tags = ctx.stylePack?.hashtags;
    if (!tags) return [];
    const required = [...(tags.required ?? []), ...(tags.perPlatform?.[ctx.platform] ?? [])].map((t) => (t.startsWith('#') ? t : `#${t}`));
    const present = new Set(doc.tokens.filter((t) => t.kind === 'hashtag').map((t) => t.lower));
    const missing = [...new Set(required)].filter((t) => !present.has(t.toLowerCase()));
    if (missing.length === 0) return [];
    const end = doc.text.trimEnd().length;
    const lastLine = doc.text.slice(doc.text.lastIndexOf('\n', end - 1) + 1, end);
    // Join an existing line of hashtags, or start one after a blank line.
    const separator = end === 0 ? '' : /^(\s*#\S+)+\s*$/u.test(lastLine) ? ' ' : '\n\n';
    const replacement = separator + missing.join(' ');
    const out: Finding[] = [
      finding(rule, ctx, doc.text, {
        severity: 'suggestion',
        message: fill(
          { id: 'Unggahan ini belum memakai tagar resmi: {tags}', en: 'This post lacks official hashtags: {tags}' },
          { tags: missing.join(' ') },
        ),
        why: fill(
          {
            id: '{org} meminta setiap unggahan memakai tagar resmi agar semua unggahan unit terkumpul dan mudah dicari.',
            en: '{org} asks every post to carry the official hashtag, so that all units’ posts can be found together.',
          },
          { org: ctx.stylePack?.name ?? 'Organisasi Anda' },
        ),
        fix: { start: end, end, replacement, label: { id: `Tambahkan ${missing.join(' ')}`, en: `Add ${missing.join(' ')}` } },
      }),
    ];
    return out;
  },
});

export default rule;
