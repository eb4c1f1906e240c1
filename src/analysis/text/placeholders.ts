/** Template slots: capitals in square brackets ("[TANGGAL]", "[NAMA TEMPAT]"); and a clarification's label
 * ("[HOAKS]", "[CEK FAKTA]"), which looks the same but is posted as written. */
import clarification from '../data/clarification.json' with { type: 'json' };

const PLACEHOLDER = /\[[A-Z0-9][A-Z0-9 ,./:–-]{1,40}\]/g;
const LABELS: ReadonlySet<string> = new Set(clarification.labels);

/** Capitals in square brackets, slots and labels alike: neither is shouting nor an acronym to explain. */
export function findPlaceholders(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "[HOAKS]", "[SALAH/HOAKS]": a label readers know, no slot to fill. */
const isLabel = (bracketed: string) =>
  bracketed
    .slice(1, -1)
    .split(/\s*[/,]\s*/)
    .every((word) => LABELS.has(word.trim().replace(/\s+/g, ' ')));

/** The template slots still to fill: the bracketed capitals that are not a clarification's label. */
export function findSlots(text: string): { start: number; end: number }[] {
  return findPlaceholders(text).filter((s) => !isLabel(text.slice(s.start, s.end)));
}

/** Whether [start, end) lies inside a template slot of `text` (slots are not shouting or acronyms). */
export function inPlaceholder(slots: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return slots.some((s) => start >= s.start && end <= s.end);
}
