/** Public types of the analysis engine. Keep them stable: the panel, the CLI
 * and outside evaluations read them. Offsets are UTF-16 code units of the input. */

export type Audience = 'public' | 'youth' | 'government';
export type Platform = 'x' | 'facebook' | 'instagram' | 'linkedin' | 'threads' | 'mastodon' | 'bluesky' | 'web' | 'generic';
export type Locale = 'id' | 'en';
export type Language = 'id' | 'en' | 'mixed' | 'unknown';
export type Severity = 'info' | 'suggestion' | 'warning' | 'error';
export type Category = 'trust' | 'clarity' | 'reach' | 'correctness';

export const AUDIENCES: readonly Audience[] = ['public', 'youth', 'government'];
export const PLATFORMS: readonly Platform[] = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'threads',
  'mastodon',
  'bluesky',
  'web',
  'generic',
];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  start: number;
  end: number;
  replacement: string;
  label: string;
  /** Deterministic (a date added, a zone, capitals, a repeated mark, a spelling from a list — never a guess
   * or a rewrite of meaning): "fix all safe" may apply it together with the others (see safeFixes). */
  safe?: true;
  /** Set when the post is already over the platform's limit and this fix makes it longer: by how many
   * characters, as the platform counts them. Views say so; "fix all safe" leaves such a fix out. */
  lengthens?: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  message: string;
  why: string;
  span?: Span;
  fix?: Fix;
  /** Other fixes the user may choose instead of `fix` (the next spelling suggestions, best
   * first): views offer each like `fix`, and none is ever applied on its own. */
  alternatives?: Fix[];
  /** Extra data a view may show (e.g. the posts of a proposed thread). */
  data?: { posts?: ThreadPost[] };
  /** Set when the span is one word the user may add to their dictionary (a name, a local
   * term): the view offers "Add to dictionary" for this word, whatever the rule. */
  dictionaryWord?: string;
  /** Set when the finding comes from the organisation's style pack (its banned, preferred or glossary terms):
   * a view keeps it out of the page (no underline, no highlight), so a page cannot learn the pack's terms. */
  fromStylePack?: true;
  /** What kind of tip this is, the same for all findings of its rule ("Kata tidak baku"): a view titles a
   * group of them with it. */
  title?: string;
}

export interface ThreadPost {
  text: string;
  /** The post's length as the platform counts it. */
  count: number;
}

/** An organisation's style pack (issue #6 defines the full format; the engine reads these fields). */
export interface StylePack {
  name?: string;
  glossary?: Record<string, string>;
  preferredTerms?: { avoid: string; use: string; reason?: string }[];
  bannedTerms?: { term: string; reason?: string }[];
  hashtags?: { required?: string[]; suggested?: string[]; perPlatform?: Partial<Record<Platform, string[]>> };
  timeZone?: string;
  contacts?: { hotline?: string; website?: string; handles?: string[] };
  defaultAudience?: Audience;
  /** Regional bodies that also hold a mandate of trust.authority's table ("weather" → "Stasiun Meteorologi
   * Supadio", "@bmkgsupadio"): named first in its tip, and cited when the post names them. */
  authorities?: { mandate: string; name: string; account?: string }[];
}

/** The mandates of trust.authority's table (src/analysis/rules/trust.authority.json), which a style pack's `authorities` extend. */
export const AUTHORITY_MANDATES = ['earthquake', 'tsunami', 'weather', 'volcano', 'disaster', 'health', 'election'] as const;

export interface AnalysisContext {
  audience?: Audience;
  platform?: Platform;
  locale?: Locale;
  now?: Date;
  timeZone?: string;
  hasMedia?: boolean;
  stylePack?: StylePack;
  /** Words the user added to their dictionary: never flagged by spelling rules. */
  dictionary?: string[];
  /** Rule ids the user chose to always ignore. */
  disabledRules?: string[];
}

export interface LengthInfo {
  count: number;
  limit: number;
  unit: 'weighted' | 'graphemes' | 'characters';
  /** Set for very long drafts: counted exactly up to a point, the rest by code points. */
  approximate?: boolean;
}

export interface Facts {
  who: Span[];
  where: Span[];
  when: Span[];
  source: Span[];
}

/** The facts card's extra items (the panel shows them for announcements and warnings). */
export interface Checklist {
  /** What the post is: announcement, event, warning, service, recruitment, news, clarification. */
  kinds: string[];
  /** The news itself: the first sentence. */
  what: Span | null;
  /** What readers should do (daftar, hubungi, evacuate …). */
  action: Span[];
  /** Official contacts: links, phone numbers, e-mail, accounts. */
  contact: Span[];
  /** When the next update comes. */
  update: Span[];
  /** With a style pack: the organisation's official contacts, and which the post names. */
  official?: { expected: string[]; present: string[] };
  /** Set when the post is a warning: what it says of each item a complete warning carries. */
  warning?: WarningChecklist;
  /** Set when the post is a hoax clarification: what it says of each item a clarification that works carries. */
  clarification?: ClarificationChecklist;
}

/** The items of a complete warning, each as the spans that say it (empty: missing). */
export interface WarningChecklist {
  /** The hazard named (banjir, erupsi, kebakaran, flood …). */
  hazard: Span[];
  /** The area, finer than a city: kelurahan/kecamatan/desa, a street, a building, a radius. */
  area: Span[];
  /** Until when: "hingga pukul 20.00 WIB", "sampai pemberitahuan lebih lanjut", a range. */
  until: Span[];
  /** The official scales that apply to the hazards named (volcano, weather, tsunami, flood). */
  scales: string[];
  /** The official level ("Level III (Siaga)", "status tanggap darurat"); null when no hazard named has an official scale. */
  level: Span[] | null;
  /** Protective actions ("segera mengungsi ke …", "hindari Jl. …", "evacuate to …"). */
  action: Span[];
  /** When the next update comes, or the official channel to follow. */
  update: Span[];
}

/** The items of a hoax clarification that works (the "truth sandwich": fact, the false claim once and marked
 * false, fact again; Kominfo's labels), each as the spans that say it. */
export interface ClarificationChecklist {
  /** The label at the start, in the form readers know ("[HOAKS]", "[DISINFORMASI]", "[KLARIFIKASI]", "[MISLEADING]"); empty: missing. */
  label: Span[];
  /** The sentence the post opens with and the one it ends on, when each states the fact; null where that sentence
   * quotes the false claim instead. */
  fact: { first: Span | null; last: Span | null };
  /** Each sentence that quotes the false claim (once is right), with the words that mark it false there
   * ("tidak benar", "hoaks", "false"), in it or in the sentence right after; `marked` null: quoted as if true. */
  claim: ClaimQuote[];
  /** The official source: a named official body ("menurut Dinkes …"), an official or fact-checking link; empty: missing. */
  source: Span[];
  /** Share pressure or alarm wording copied from the hoax ("Sebarkan!", "HEBOH"): trust.hoax-style flags each; empty: none. */
  pressure: Span[];
}

/** One quote of the false claim in a clarification. */
export interface ClaimQuote extends Span {
  /** The words that mark it false, or null. */
  marked: Span | null;
}

export interface Score {
  total: number;
  parts: { clarity: number; engagement: number; trust: number; correctness: number };
  /** What cost each part its points, most first (src/analysis/score.ts says what each part measures).
   * A part below 100 has at least one cost; a part with no cost is 100. */
  costs: Record<ScorePart, ScoreCost[]>;
}

export type ScorePart = keyof Score['parts'];

/** One thing that cost a part points: the findings of one rule, or one checklist gap. */
export interface ScoreCost {
  /** 'rule': the findings of rule `item`. 'gap': item `item` of the facts card is missing (who, when,
   * where, source, action, contact, update, official; warning-area, warning-until, warning-level,
   * warning-action, warning-update; clarification-label, clarification-fact-first, clarification-claim,
   * clarification-fact-last, clarification-source, clarification-pressure), whether or not a rule said so. */
  kind: 'rule' | 'gap';
  item: string;
  /** Points lost, rounded (at least 1). */
  points: number;
  /** How many findings (1 for a gap). */
  count: number;
}

export interface Report {
  language: Language;
  audience: Audience;
  platform: Platform;
  length: LengthInfo;
  facts: Facts;
  score: Score;
  findings: Finding[];
  checklist: Checklist;
  /** The numbered posts proposed when the draft is over the limit of a platform that takes
   * threads; set whether or not the user ignores the length.thread tip. */
  thread?: { posts: ThreadPost[] };
  /** Set when the text was longer than the engine analyses in full. */
  truncated?: { analysedChars: number; totalChars: number };
}
