/** Tutur's analysis engine: `analyze(text, context) -> Report`.
 * Pure TypeScript: no DOM, no browser API, no bundler-only imports. */
import { buildDoc, readParagraph, type Paragraph } from './doc';
import { extractFacts } from './facts';
import { buildChecklist } from './facts/checklist';
import { measureLength } from './length';
import { AUDIENCE_PROFILES, PLATFORM_PROFILES } from './profiles';
import type { ParagraphRule, RuleContext } from './rule';
import { RULES } from './rules';
import { scoreFindings } from './score';
import { localDate, resolveZone } from './time';
import { englishModel } from './english';
import { splitThread } from './thread';
import { LruCache } from './cache';
import {
  AUDIENCES,
  PLATFORMS,
  type AnalysisContext,
  type Finding,
  type Language,
  type Report,
  type StylePack,
} from './types';

export * from './types';
export { biggestGains } from './score';
export { measureLength } from './length';
export { PLATFORM_NAMES } from './profiles';
export { loadEnglishModel } from './english';
/** Whether compromise's English lexicon is loaded (English findings are refined once it is). */
export const isEnglishModelLoaded = (): boolean => englishModel() !== null;
export { splitThread } from './thread';
export { RULE_CATEGORIES } from './rules';

/** Longer drafts are analysed up to this many characters (the report says so);
 * the length is still counted over the whole text. */
export const MAX_ANALYSED_CHARS = 20_000;

const paragraphRules = RULES.filter((r): r is ParagraphRule => r.scope === 'paragraph');
const documentRules = RULES.filter((r) => r.scope === 'document');
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

const packKeys = new WeakMap<StylePack, string>();
function packKey(pack: StylePack | undefined): string {
  if (!pack) return '';
  let key = packKeys.get(pack);
  if (key === undefined) {
    key = JSON.stringify(pack);
    packKeys.set(pack, key);
  }
  return key;
}

function resolveContext(context: AnalysisContext, language: Language, text: string): RuleContext {
  const audience = AUDIENCES.includes(context.audience!) ? context.audience! : (context.stylePack?.defaultAudience ?? 'public');
  const platform = PLATFORMS.includes(context.platform!) ? context.platform! : 'generic';
  const zone = resolveZone(context.timeZone ?? context.stylePack?.timeZone);
  const now = context.now instanceof Date && !Number.isNaN(context.now.getTime()) ? context.now : new Date();
  return {
    audience: AUDIENCES.includes(audience) ? audience : 'public',
    platform,
    locale: context.locale === 'en' || context.locale === 'id' ? context.locale : language === 'en' ? 'en' : 'id',
    now,
    timeZone: zone.iana,
    zoneLabel: zone.label,
    hasMedia: context.hasMedia === true,
    stylePack: context.stylePack,
    dictionary: new Set((context.dictionary ?? []).map((w) => w.toLowerCase())),
    audienceProfile: AUDIENCE_PROFILES[audience] ?? AUDIENCE_PROFILES.public,
    platformProfile: PLATFORM_PROFILES[platform],
    language,
    length: measureLength(text, platform),
  };
}

function contextKey(ctx: RuleContext, context: AnalysisContext): string {
  const day = localDate(ctx.now, ctx.timeZone);
  return [
    ctx.audience,
    ctx.platform,
    ctx.locale,
    `${day.year}-${day.month}-${day.day}`,
    ctx.timeZone,
    ctx.hasMedia,
    packKey(ctx.stylePack),
    (context.dictionary ?? []).join('\u0002'),
    // English findings are refined once compromise's lexicon is loaded.
    englishModel() ? 'en+' : 'en-',
  ].join('\u0001');
}

/** Per context (audience, platform, locale, day …), per line text. */
const paragraphFindingCache = new Map<string, LruCache<string, Finding[]>>();

/** Findings of the paragraph rules for one line, offsets relative to the line. */
function paragraphFindings(text: string, ctx: RuleContext, key: string): Finding[] {
  let cache = paragraphFindingCache.get(key);
  if (!cache) {
    // A handful of contexts are live at once (the audience buttons); forget the rest.
    if (paragraphFindingCache.size > 16) paragraphFindingCache.clear();
    paragraphFindingCache.set(key, (cache = new LruCache(4000)));
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const core = readParagraph(text);
  const relative: Paragraph = { index: 0, start: 0, end: text.length, text, tokens: core.tokens, sentences: core.sentences };
  const out: Finding[] = [];
  for (const rule of paragraphRules) for (const f of rule.check(relative, ctx)) out.push(f);
  cache.set(text, out);
  return out;
}

function shift(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const out = { ...f };
  if (f.span) out.span = { ...f.span, start: f.span.start + by, end: f.span.end + by };
  if (f.fix) out.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  return out;
}

export function analyze(text: string, context: AnalysisContext = {}): Report {
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
  const analysed = text.length > MAX_ANALYSED_CHARS ? cutAt(text, MAX_ANALYSED_CHARS) : text;
  const doc = buildDoc(analysed);
  const ctx = resolveContext(context, doc.language, text);
  const key = contextKey(ctx, context);
  const disabled = new Set(context.disabledRules ?? []);

  const findings: Finding[] = [];
  for (const p of doc.paragraphs) {
    for (const f of paragraphFindings(p.text, ctx, key)) if (!disabled.has(f.rule)) findings.push(shift(f, p.start));
  }
  const facts = extractFacts(doc);
  for (const rule of documentRules) {
    if (disabled.has(rule.id)) continue;
    for (const f of rule.check(doc, ctx, facts)) findings.push(f);
  }
  findings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));

  const report: Report = {
    language: doc.language,
    audience: ctx.audience,
    platform: ctx.platform,
    length: ctx.length,
    facts,
    score: scoreFindings(findings),
    findings,
    checklist: buildChecklist(doc, ctx.stylePack),
  };
  if (ctx.platformProfile.thread && ctx.length.limit > 0 && ctx.length.count > ctx.length.limit) report.thread = { posts: splitThread(doc, ctx.platform) };
  if (analysed.length < text.length) report.truncated = { analysedChars: analysed.length, totalChars: text.length };
  return report;
}

/** Cut at a code-point boundary. */
function cutAt(text: string, n: number): string {
  const c = text.charCodeAt(n - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}
