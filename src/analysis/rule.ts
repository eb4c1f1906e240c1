/** What a rule is. A rule is one file, rules/<id>.ts, whose default export is
 * `defineRule({ id, category, scope, check })`; rules/index.ts is the one list.
 *
 * A rule is a closed unit: it imports shared modules only (text/, lexicon.ts, time.ts,
 * the facts API in facts/index.ts, the shared checks) and its own JSON, never another
 * rule (eslint.config.js enforces this). It keeps no cache of its own: the engine
 * caches a line rule's findings per line and per LineContext, and offers draft rules
 * per-line memos (Draft.perLine) and per-pack memos (LineContext.fromPack). */
import type { AudienceProfile, PlatformProfile } from './profiles';
import type { Doc, Paragraph } from './doc';
import type { LineModel } from './lines';
import type { PostKind } from './post-kind';
import type { CalendarDate } from './time';
import type {
  Audience,
  Category,
  Facts,
  Finding,
  Language,
  LengthInfo,
  Locale,
  Platform,
  Severity,
  Span,
  StylePack,
  ThreadPost,
} from './types';

export interface Localized {
  id: string;
  en: string;
}

/** All a line rule may read. It has no whole-draft field (language, length, now), so a
 * line's findings depend on its text and this context alone, and the engine's cache
 * key (index.ts, lineContextKey) covers every field: the compiler keeps it honest. */
export interface LineContext {
  audience: Audience;
  platform: Platform;
  locale: Locale;
  /** The user's date, in timeZone. */
  today: CalendarDate;
  /** IANA time zone used to turn relative dates into dates. */
  timeZone: string;
  /** What to write after a clock time: WIB, WITA, WIT or the zone name. */
  zoneLabel: string;
  hasMedia: boolean;
  stylePack: StylePack | undefined;
  /** The user's dictionary, lower case. */
  dictionary: ReadonlySet<string>;
  audienceProfile: AudienceProfile;
  platformProfile: PlatformProfile;
  /** Whether compromise's English lexicon is loaded (English findings are refined once it is). */
  englishModelLoaded: boolean;
  /** Whether the Indonesian speller's dictionary is loaded (text/speller.ts): typos are found once it is. */
  spellerLoaded: boolean;
  /** `compile(pack)` once per style pack (a phrase list of its banned terms …): the engine
   * keeps the result while the pack is in use; undefined without a pack. */
  fromPack<T>(compile: (pack: StylePack) => T): T | undefined;
}

/** What a draft rule may read besides a line rule's context. */
export interface DraftContext extends LineContext {
  now: Date;
  /** The whole draft's language. */
  language: Language;
  /** The whole draft's length, counted once for every rule. */
  length: LengthInfo;
}

/** The whole draft, as draft rules see it: the text model, the facts, what kind of post it is. */
export interface Draft extends Doc {
  facts: Facts;
  kinds: ReadonlySet<PostKind>;
  /** The contacts the post gives (links, e-mail, accounts, phones, hotlines), as the facts card lists them. */
  contacts: readonly Span[];
  /** The numbered posts the engine proposes when the draft is over the limit of a platform
   * that takes threads (Report.thread). */
  thread: ThreadPost[] | undefined;
  /** `find(line, model)` for each line, memoised by the engine per line text and per `find`
   * (pass a module-level function, not a new closure each call); spans come back in
   * draft offsets. */
  perLine<S extends { start: number; end: number }>(find: (line: string, model: LineModel) => readonly S[]): S[];
}

export interface RuleInfo {
  /** The rule's id: its file's name (tests/unit/analysis/rules-contract.test.ts checks). */
  id: string;
  category: Category;
  /** The rule's span may be a word the user simply wants left alone (a name, a local term):
   * its findings carry `dictionaryWord` so the view offers "Add to dictionary". */
  offersDictionary?: boolean;
  /** The rule's fixes are deterministic (see Fix.safe): "fix all safe" applies them. A finding that offers
   * alternatives is never safe, whatever its rule. */
  safeFix?: boolean;
  /** What kind of tip the rule gives, as a short noun phrase ("Kata tidak baku"): views title a group of its
   * findings with it. */
  title?: Localized;
}

/** Looks at one line at a time; offsets are relative to the line. */
export interface LineRule extends RuleInfo {
  scope: 'line';
  check(line: Paragraph, ctx: LineContext, self: RuleInfo): Finding[];
}

/** Looks at the whole draft (length, structure, facts). */
export interface DraftRule extends RuleInfo {
  scope: 'draft';
  check(draft: Draft, ctx: DraftContext, self: RuleInfo): Finding[];
}

export type Rule = LineRule | DraftRule;

/** The one way to make a rule. */
export function defineRule<R extends Rule>(rule: R): Readonly<R> {
  return Object.freeze(rule);
}

export interface FindingInput {
  severity: Severity;
  message: Localized;
  why: Localized;
  span?: { start: number; end: number };
  fix?: { start: number; end: number; replacement: string; label: Localized };
  /** Other fixes to offer beside `fix`, best first. */
  alternatives?: { start: number; end: number; replacement: string; label: Localized }[];
  data?: Finding['data'];
  /** The finding exists because of the style pack's own terms (see Finding.fromStylePack). */
  fromStylePack?: boolean;
}

/** The longest word that can go into the dictionary. */
const MAX_DICTIONARY_WORD = 64;
/** No white space inside, once trimmed (without making the trimmed copy). */
const ONE_WORD = /^\s*\S*\s*$/;

/** Builds a finding in the context's locale; `text` is what span offsets point into. */
export function finding(rule: RuleInfo, ctx: { locale: Locale }, text: string, input: FindingInput): Finding {
  const out: Finding = {
    rule: rule.id,
    severity: input.severity,
    category: rule.category,
    message: input.message[ctx.locale],
    why: input.why[ctx.locale],
  };
  if (input.span) {
    out.span = { ...input.span, text: text.slice(input.span.start, input.span.end) };
    const word = out.span.text;
    if (rule.offersDictionary && word.length <= MAX_DICTIONARY_WORD && ONE_WORD.test(word)) out.dictionaryWord = word;
  }
  if (input.fix) {
    out.fix = { ...input.fix, label: input.fix.label[ctx.locale] };
    if (rule.safeFix && !input.alternatives?.length) out.fix.safe = true;
  }
  if (input.alternatives?.length) out.alternatives = input.alternatives.map((a) => ({ ...a, label: a.label[ctx.locale] }));
  if (rule.title) out.title = rule.title[ctx.locale];
  if (input.data) out.data = input.data;
  if (input.fromStylePack) out.fromStylePack = true;
  return out;
}

/** Fill `{name}` placeholders. */
export function fill(template: Localized, values: Record<string, string | number>): Localized {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  return { id: sub(template.id), en: sub(template.en) };
}
