/** Over the limit on X, Bluesky, Threads or Mastodon: the numbered posts the
 * engine proposes, each with its count, copyable one by one. */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { SectionProps } from '../actions';

export function ThreadPreview({ report, locale, actions }: SectionProps) {
  const [copied, setCopied] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  // From the report, not the length.thread tip: the preview stays when the user ignores that tip.
  const posts = report.thread?.posts;
  if (!posts) return null;
  return (
    <section class="thread" aria-labelledby="thread-title" data-thread-posts={posts.length}>
      <h2 id="thread-title" class="section-title">
        {t(locale, 'threadTitle')}
      </h2>
      {failed && (
        <p class="notice error" role="alert">
          {t(locale, 'copyFailed')}
        </p>
      )}
      <ol class="thread-posts">
        {posts.map((p, i) => (
          <li data-thread-post={i + 1} data-count={p.count}>
            <p class="thread-meta">
              {t(locale, 'threadPost', i + 1, posts.length)} · {p.count} / {report.length.limit}
            </p>
            <p class="thread-text">{p.text}</p>
            <button
              type="button"
              data-action="copy-post"
              onClick={async () => {
                const ok = await actions.copy(p.text);
                setFailed(!ok);
                setCopied(ok ? i : null);
              }}
            >
              {copied === i ? t(locale, 'copied') : t(locale, 'copy')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
