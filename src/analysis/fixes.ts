/** Many fixes as one edit: "fix all safe" and a group's "apply all" send the editor one replacement,
 * so the site's own Ctrl+Z takes them all back in one step, through the same verified apply path
 * as a single fix. */
import { measureLength } from './length';
import type { Finding, Fix, LengthInfo, Platform } from './types';

/** A fix without its label: what the editor is sent (the composer bridge's own Edit has the same shape). */
type Edit = Pick<Fix, 'start' | 'end' | 'replacement'>;

/** The fixes that can go in together, in text order: of two that overlap or touch (an insertion at the edge
 * of another edit), the first wins and the other is offered again on the new text. */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Fix[] = [];
  for (const fix of sorted) {
    const last = out[out.length - 1];
    if (last && fix.start <= last.end) continue;
    out.push(fix);
  }
  return out;
}

/** The findings whose fixes "fix all safe" applies: deterministic fixes (Fix.safe) that do not make an
 * over-limit post longer, one per span, in text order. Given the draft and its length, fixes that lengthen it
 * go in only while the post stays within the platform's limit ("BPBD" → "Badan … (BPBD)" twice may not push a
 * 279-character post to 373). */
export function safeFixes(
  findings: readonly Finding[],
  within?: { text: string; length: LengthInfo; platform: Platform },
): { finding: Finding; fix: Fix }[] {
  const byFix = new Map<Fix, Finding>();
  for (const f of findings) if (f.fix?.safe && f.fix.lengthens === undefined) byFix.set(f.fix, f);
  let fixes = compatibleFixes([...byFix.keys()]);
  if (within && within.length.limit > 0) {
    let room = within.length.limit - within.length.count;
    fixes = fixes.filter((fix) => {
      const added = countAdded(within.text, fix, within.platform);
      if (added <= 0) return true;
      if (added > room) return false;
      room -= added;
      return true;
    });
  }
  return fixes.map((fix) => ({ finding: byFix.get(fix)!, fix }));
}

/** Characters a fix adds to the post, as the platform counts them (negative: it shortens it). */
const countAdded = (text: string, fix: Fix, platform: Platform) =>
  measureLength(fix.replacement, platform).count - measureLength(text.slice(fix.start, fix.end), platform).count;

/** One edit doing all of `fixes` (already compatible, in text order) on `text`: from the first fix's start to
 * the last one's end, the text between them kept as it is. Null when there is nothing to do. */
export function combineFixes(text: string, fixes: readonly Fix[]): Edit | null {
  if (fixes.length === 0) return null;
  const start = fixes[0]!.start;
  const end = fixes[fixes.length - 1]!.end;
  let replacement = '';
  let at = start;
  for (const fix of fixes) {
    replacement += text.slice(at, fix.start) + fix.replacement;
    at = fix.end;
  }
  replacement += text.slice(at, end);
  return text.slice(start, end) === replacement ? null : { start, end, replacement };
}

/** On a post already over the platform's limit, marks the fixes that would make it longer (Fix.lengthens),
 * so no tip silently proposes to lengthen it. Returns new findings; the ones given are left as they are. */
export function markLengthening(findings: readonly Finding[], text: string, length: LengthInfo, platform: Platform): Finding[] {
  if (length.limit <= 0 || length.count <= length.limit) return findings as Finding[];
  const added = (fix: Fix) =>
    measureLength(fix.replacement, platform).count - measureLength(text.slice(fix.start, fix.end), platform).count;
  const mark = (fix: Fix): Fix => {
    const n = added(fix);
    return n > 0 ? { ...fix, lengthens: n } : fix;
  };
  return findings.map((f) => {
    if (!f.fix && !f.alternatives) return f;
    const out = { ...f };
    if (f.fix) out.fix = mark(f.fix);
    if (f.alternatives) out.alternatives = f.alternatives.map(mark);
    return out;
  });
}
