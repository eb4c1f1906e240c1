/** Tutur's analysis engine: `analyze(text, context) -> Report`.
 * Pure TypeScript: no DOM, no browser API, no bundler-only imports. This file is the
 * engine's one door: views and tools import from here, never from its inner modules. */
import { buildDoc, lineFindings, type Paragraph } from './doc';
import { extractFacts } from './facts';
import { buildChecklist } from './facts/checklist';
import { contactsIn } from './contacts';
import { measureLength } from './length';
import { markLengthening } from './fixes';
import { spansByLine } from './lines';
import { postKinds } from './post-kind';
import { AUDIENCE_PROFILES, PLATFORM_PROFILES } from './profiles';
import type { Draft, DraftContext, LineContext, LineRule } from './rule';
import { RULES } from './rules';
import { scoreFindings } from './score';
import { localDate, resolveZone } from './time';
import { englishModel } from './english';
import { speller } from './text/speller-loader';
import { splitThread } from './thread';
import { LruCache, memoByPack } from './cache';
import { AUDIENCES, PLATFORMS, type AnalysisContext, type Finding, type Fix, type Language, type Report, type StylePack } from './types';

export * from './types';
export { biggestGains, SCORE_PARTS } from './score';
export { combineFixes, compatibleFixes, safeFixes } from './fixes';
export { measureLength } from './length';
export { PLATFORM_NAMES } from './profiles';
export { loadEnglishModel } from './english';
/** Whether compromise's English lexicon is loaded (English findings are refined once it is). */
export const isEnglishModelLoaded = (): boolean => englishModel() !== null;
export { loadSpeller } from './text/speller-loader';
/** Whether the Indonesian speller's dictionary is loaded (typos are found once it is). */
export const isSpellerLoaded = (): boolean => speller() !== null;
export { splitThread } from './thread';
export { RULE_CATEGORIES } from './rules';

/** Longer drafts are analysed up to this many characters (the report says so);
 * the length is still counted over the whole text. */
export const MAX_ANALYSED_CHARS = 20_000;

const lineRules = RULES.filter((r): r is LineRule => r.scope === 'line');
const draftRules = RULES.filter((r) => r.scope === 'draft');

function resolveContext(context: AnalysisContext, language: Language, text: string): DraftContext {
  const audience = AUDIENCES.includes(context.audience!) ? context.audience! : (context.stylePack?.defaultAudience ?? 'public');
  const platform = PLATFORMS.includes(context.platform!) ? context.platform! : 'generic';
  const zone = resolveZone(context.timeZone ?? context.stylePack?.timeZone);
  const now = context.now instanceof Date && !Number.isNaN(context.now.getTime()) ? context.now : new Date();
  const stylePack = context.stylePack;
  return {
    audience: AUDIENCES.includes(audience) ? audience : 'public',
    platform,
    locale: context.locale === 'en' || context.locale === 'id' ? context.locale : language === 'en' ? 'en' : 'id',
    now,
    today: localDate(now, zone.iana),
    timeZone: zone.iana,
    zoneLabel: zone.label,
    hasMedia: context.hasMedia === true,
    stylePack,
    dictionary: new Set((context.dictionary ?? []).map((w) => w.toLowerCase())),
    audienceProfile: AUDIENCE_PROFILES[audience] ?? AUDIENCE_PROFILES.public,
    platformProfile: PLATFORM_PROFILES[platform],
    englishModelLoaded: englishModel() !== null,
    spellerLoaded: speller() !== null,
    fromPack: (compile) => (stylePack ? memoByPack(stylePack, compile) : undefined),
    language,
    length: measureLength(text, platform),
  };
}

/** Packs by their content, each with a short id: the pack's part of the line key. A pack read again (a
 * new object with the same content) gets its id back, so the line cache still serves it; the key holds a
 * few characters rather than the whole pack (a 10,000-term pack is a megabyte of JSON, hashed and compared on
 * every line look-up otherwise). Ids are never reused, so two different packs never share one. */
const packIds = new LruCache<string, string>(8);
let packCount = 0;
function packKey(pack: StylePack): string {
  const json = JSON.stringify(pack);
  let id = packIds.get(json);
  if (id === undefined) packIds.set(json, (id = `pack${packCount++}`));
  return id;
}

/** How each field of the line context enters the key of the cached line findings. Every field
 * must be listed (the type says so): a field a line rule can read is a field the key covers. */
const LINE_KEY_PARTS: { readonly [K in keyof LineContext]-?: (ctx: LineContext) => string } = {
  audience: (c) => c.audience,
  platform: (c) => c.platform,
  locale: (c) => c.locale,
  today: (c) => `${c.today.year}-${c.today.month}-${c.today.day}`,
  timeZone: (c) => c.timeZone,
  zoneLabel: () => '', // follows timeZone
  hasMedia: (c) => String(c.hasMedia),
  stylePack: (c) => (c.stylePack ? memoByPack(c.stylePack, packKey) : ''),
  dictionary: (c) => [...c.dictionary].join('\u0002'),
  audienceProfile: () => '', // follows audience
  platformProfile: () => '', // follows platform
  englishModelLoaded: (c) => (c.englishModelLoaded ? 'en+' : 'en-'),
  spellerLoaded: (c) => (c.spellerLoaded ? 'sp+' : 'sp-'),
  fromPack: () => '', // reads only stylePack
};
const LINE_KEY_OF = Object.values(LINE_KEY_PARTS);

function lineContextKey(ctx: LineContext): string {
  let key = '';
  for (const part of LINE_KEY_OF) key += `${part(ctx)}\u0001`;
  return key;
}

/** Findings of the line rules for one line, offsets relative to the line. */
function lineRuleFindings(text: string, ctx: LineContext, key: string): Finding[] {
  return lineFindings(text, key, (core) => {
    const line: Paragraph = { index: 0, start: 0, end: text.length, text, tokens: core.tokens, sentences: core.sentences };
    const out: Finding[] = [];
    for (const rule of lineRules) for (const f of rule.check(line, ctx, rule)) out.push(f);
    return out;
  });
}

function shift(f: Finding, by: number): Finding {
  const out = { ...f };
  if (f.span) out.span = { ...f.span, start: f.span.start + by, end: f.span.end + by };
  if (f.fix) out.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  if (f.alternatives) out.alternatives = f.alternatives.map((a) => ({ ...a, start: a.start + by, end: a.end + by }));
  return out;
}

/** Categories in the order they win when two rules offer the same edit of the same span
 * ("Himbauan" → "Imbauan" as a spelling and as plain wording): correctness first, then
 * trust, clarity and reach; within a category the registry's order. */
const CATEGORY_PRIORITY = ['correctness', 'trust', 'clarity', 'reach'] as const;
const RULE_PRIORITY = new Map<string, number>(
  RULES.map((r, i) => [r.id, CATEGORY_PRIORITY.indexOf(r.category) * RULES.length + i] as const),
);

/** One tip per edit, one fix per span. Of two findings offering the same edit of the same span,
 * the lower-priority rule's is dropped; where they offer different fixes for the same span
 * ("praktek": "praktik" as a spelling, the organisation's own term as plain wording), the
 * lower-priority one keeps its message and loses its fix, so a span never has two fixes.
 * `findings` is sorted by span start, so such pairs sit side by side. */
function settleOverlaps(findings: Finding[]): Finding[] {
  let dropped: Set<Finding> | undefined;
  let unfixed: Set<Finding> | undefined;
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    if (!f.span || !f.fix) continue;
    for (let j = i - 1; j >= 0 && findings[j]!.span?.start === f.span.start; j--) {
      const g = findings[j]!;
      if (!g.fix || g.span!.end !== f.span.end) continue;
      const loser = RULE_PRIORITY.get(f.rule)! < RULE_PRIORITY.get(g.rule)! ? g : f;
      if (sameEdit(f.fix, g.fix)) (dropped ??= new Set()).add(loser);
      else (unfixed ??= new Set()).add(loser);
    }
  }
  if (!dropped && !unfixed) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (dropped?.has(f)) continue;
    if (unfixed?.has(f)) {
      // Its other suggestions go with its fix: a span has one rule's fixes at most.
      const { fix: _fix, alternatives: _alternatives, ...rest } = f;
      out.push(rest);
    } else out.push(f);
  }
  return out;
}

const sameEdit = (a: Fix, b: Fix) => a.start === b.start && a.end === b.end && a.replacement === b.replacement;

export function analyze(text: string, context: AnalysisContext = {}): Report {
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
  const analysed = text.length > MAX_ANALYSED_CHARS ? cutAt(text, MAX_ANALYSED_CHARS) : text;
  const doc = buildDoc(analysed);
  const ctx = resolveContext(context, doc.language, text);
  const key = lineContextKey(ctx);
  const disabled = new Set(context.disabledRules ?? []);

  const findings: Finding[] = [];
  for (const p of doc.paragraphs) {
    if (p.text === '') continue;
    // Copies: the cached findings stay as the rules made them, whatever a caller does to these.
    for (const f of lineRuleFindings(p.text, ctx, key)) if (!disabled.has(f.rule)) findings.push(shift(f, p.start));
  }
  const thread =
    ctx.platformProfile.thread && ctx.length.limit > 0 && ctx.length.count > ctx.length.limit ? splitThread(doc, ctx.platform) : undefined;
  const contacts = contactsIn(doc);
  const draft: Draft = {
    text: doc.text,
    paragraphs: doc.paragraphs,
    tokens: doc.tokens,
    sentences: doc.sentences,
    language: doc.language,
    facts: extractFacts(doc),
    kinds: postKinds(doc),
    contacts,
    thread,
    perLine: (find) => spansByLine(doc, find),
  };
  for (const rule of draftRules) {
    if (disabled.has(rule.id)) continue;
    for (const f of rule.check(draft, ctx, rule)) findings.push(f);
  }
  findings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  const settled = markLengthening(settleOverlaps(findings), analysed, ctx.length, ctx.platform);

  const checklist = buildChecklist(doc, ctx.stylePack, contacts, draft.kinds);
  const report: Report = {
    language: doc.language,
    audience: ctx.audience,
    platform: ctx.platform,
    length: ctx.length,
    facts: draft.facts,
    // The score counts the facts card's gaps too, whether or not a rule said them.
    score: scoreFindings(settled, { facts: draft.facts, checklist }),
    findings: settled,
    checklist,
  };
  if (thread) report.thread = { posts: thread };
  if (analysed.length < text.length) report.truncated = { analysedChars: analysed.length, totalChars: text.length };
  return report;
}

/** How far back the cut looks for white space. */
const CUT_LOOKBACK = 200;

/** Cut after the last white space before `n` (never inside a word: a fix of a word cut in half would damage the
 * text beyond the cut), or, in a word longer than CUT_LOOKBACK, at a code-point boundary. */
function cutAt(text: string, n: number): string {
  if (/\s/.test(text[n] ?? '')) return text.slice(0, n);
  for (let i = n; i > n - CUT_LOOKBACK && i > 0; i--) if (/\s/.test(text[i - 1]!)) return text.slice(0, i);
  const c = text.charCodeAt(n - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}
