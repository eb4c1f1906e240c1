/** What a post is (announcement, event, warning, service, recruitment, news, clarification),
 * from marker words; cached per line. Rules about facts and calls to action
 * apply only to these kinds of post; the clarification checks only to a hoax clarification. */
import data from './data/post-kinds.json' with { type: 'json' };
import { lineMemo, type Doc } from './doc';
import { PhraseList } from './text/phrases';

export type PostKind = 'announcement' | 'event' | 'warning' | 'service' | 'recruitment' | 'news' | 'clarification';
const KINDS: PostKind[] = ['announcement', 'event', 'warning', 'service', 'recruitment', 'news', 'clarification'];
const LISTS = KINDS.map((kind) => [kind, new PhraseList(data[kind])] as const);
const POINTERS = new PhraseList(data.pointers);

function kindsOfLine({ text }: { text: string }): PostKind[] {
  const kinds = LISTS.filter(([, list]) => list.test(text));
  if (kinds.length === 0) return [];
  // "Info lebih lanjut hubungi …" points elsewhere: its "info" announces nothing.
  const pointers = POINTERS.find(text);
  const outsidePointers = (list: PhraseList) => list.find(text).some((m) => !pointers.some((p) => m.start >= p.start && m.end <= p.end));
  return (pointers.length === 0 ? kinds : kinds.filter(([, list]) => outsidePointers(list))).map(([kind]) => kind);
}

export function postKinds(doc: Doc): Set<PostKind> {
  const out = new Set<PostKind>();
  for (const p of doc.paragraphs) if (p.text !== '') for (const k of lineMemo(p.text, kindsOfLine, kindsOfLine)) out.add(k);
  return out;
}
