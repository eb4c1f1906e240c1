/** What the CLI reads and what it writes to a terminal: input is UTF-8 text (a BOM
 * is dropped, a binary file is refused), and nothing read from the input reaches
 * the terminal as a raw control character or escape sequence. */

/** C0 and C1 controls, DEL, and the marks that reorder or break lines on a terminal. */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

const SHORT: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/** The text with every control character written as an escape ("\u001b", "\n"), so a
 * draft, a file name or a parse error can never drive the terminal. Idempotent. */
export function escapeControls(text: string, { keepNewlines = false } = {}): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code) || (keepNewlines && code === 0x0a)) continue;
    out += text.slice(from, i) + (SHORT[code] ?? `\\u${code.toString(16).padStart(4, '0')}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** JSON from JSON.stringify, safe for a terminal: it already escapes C0 controls inside
 * strings but leaves DEL, C1 controls and direction marks raw; these become \u escapes
 * (the same JSON value). The newlines of pretty-printing stay. */
export const terminalSafeJson = (json: string): string => escapeControls(json, { keepNewlines: true });

/** A leading byte order mark is not part of the text (Windows editors write one). */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Why this is not a text Tutur should check, or null: it holds a NUL (a binary file, or
 * UTF-16), or more than a quarter of it is control characters or bytes that are not UTF-8. */
export function notTextReason(text: string): string | null {
  const nul = text.indexOf('\0');
  if (nul !== -1) return `it is not text: it holds a NUL byte (character ${nul + 1}); Tutur reads UTF-8 text`;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const whitespace = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !whitespace) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) odd++;
  }
  return odd * 4 > text.length
    ? `it is not text: ${odd} of its ${text.length} characters are control characters or bytes that are not UTF-8`
    : null;
}
