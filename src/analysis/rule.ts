/** What a rule is. A rule is one file under rules/ that default-exports a Rule;
 * rules/index.ts is the one list. */
import type { AudienceProfile, PlatformProfile } from './profiles';
import type { Doc, Paragraph } from './doc';
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
  StylePack,
} from './types';

export interface Localized {
  id: string;
  en: string;
}

export interface RuleContext {
  audience: Audience;
  platform: Platform;
  locale: Locale;
  now: Date;
  /** IANA time zone used to turn relative dates into dates. */
  timeZone: string;
  /** What to write after a clock time: WIB, WITA, WIT or the zone name. */
  zoneLabel: string;
  hasMedia: boolean;
  stylePack: StylePack | undefined;
  dictionary: ReadonlySet<string>;
  audienceProfile: AudienceProfile;
  platformProfile: PlatformProfile;
  language: Language;
  /** The whole draft's length, counted once for every rule. */
  length: LengthInfo;
}

interface RuleBase {
  id: string;
  category: Category;
  /** The rule's span may be a word the user simply wants left alone (a name, a local term):
   * its findings carry `dictionaryWord` so the view offers "Add to dictionary". */
  offersDictionary?: boolean;
}

/** The longest word that can go into the dictionary. */
const MAX_DICTIONARY_WORD = 64;

/** Looks at one line at a time; its findings are cached per line text and context. */
export interface ParagraphRule extends RuleBase {
  scope: 'paragraph';
  check(paragraph: Paragraph, ctx: RuleContext): Finding[];
}

/** Looks at the whole draft (length, structure, facts). */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(doc: Doc, ctx: RuleContext, facts: Facts): Finding[];
}

export type Rule = ParagraphRule | DocumentRule;

export interface FindingInput {
  severity: Severity;
  message: Localized;
  why: Localized;
  span?: { start: number; end: number };
  fix?: { start: number; end: number; replacement: string; label: Localized };
  data?: Finding['data'];
}

/** Builds a finding in the context's locale; `text` is what span offsets point into. */
export function finding(rule: RuleBase, ctx: RuleContext, text: string, input: FindingInput): Finding {
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
    if (rule.offersDictionary && !/\s/.test(word.trim()) && word.length <= MAX_DICTIONARY_WORD) out.dictionaryWord = word;
  }
  if (input.fix) out.fix = { ...input.fix, label: input.fix.label[ctx.locale] };
  if (input.data) out.data = input.data;
  return out;
}

/** Fill `{name}` placeholders. */
export function fill(template: Localized, values: Record<string, string | number>): Localized {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
  return { id: sub(template.id), en: sub(template.en) };
}
