/** Template slots: capitals in square brackets ("[TANGGAL]", "[NAMA TEMPAT]"). */
const PLACEHOLDER = /\[[A-Z0-9][A-Z0-9 ,./:–-]{1,40}\]/g;

export function findPlaceholders(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether [start, end) lies inside a template slot of `text` (slots are not shouting or acronyms). */
export function inPlaceholder(slots: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return slots.some((s) => start >= s.start && end <= s.end);
}
