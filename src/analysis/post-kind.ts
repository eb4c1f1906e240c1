/** What a post is (announcement, event, warning, service, recruitment, news),
 * from marker words; cached per line. Rules about facts and calls to action
 * apply only to these kinds of post. */
import data from './data/post-kinds.json' with { type: 'json' };
import type { Doc } from './doc';
import { PhraseList } from './text/phrases';
import { LruCache } from './cache';

export type PostKind = 'announcement' | 'event' | 'warning' | 'service' | 'recruitment' | 'news';
const KINDS: PostKind[] = ['announcement', 'event', 'warning', 'service', 'recruitment', 'news'];
const LISTS = KINDS.map((kind) => [kind, new PhraseList(data[kind])] as const);

const cache = new LruCache<string, PostKind[]>(4000);

function kindsOfLine(text: string): PostKind[] {
  let kinds = cache.get(text);
  if (!kinds) {
    kinds = LISTS.filter(([, list]) => list.test(text)).map(([kind]) => kind);
    cache.set(text, kinds);
  }
  return kinds;
}

export function postKinds(doc: Doc): Set<PostKind> {
  const out = new Set<PostKind>();
  for (const p of doc.paragraphs) for (const k of kindsOfLine(p.text)) out.add(k);
  return out;
}
