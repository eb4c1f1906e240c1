/** The organisation style pack: one valibot schema (the JSON Schema in
 * schemas/style-pack.schema.json is generated from it), parsed with errors
 * that name the field and the line. */
import * as v from 'valibot';
import { AUDIENCES, PLATFORMS } from '../analysis/types';
import { validateJson, type JsonProblem } from './validate';

const text = (max = 200) =>
  v.pipe(v.string('expected text'), v.trim(), v.minLength(1, 'expected text'), v.maxLength(max, `at most ${max} characters`));
const hashtag = v.pipe(text(100), v.regex(/^#?[\p{L}\p{N}_]+$/u, 'expected a hashtag such as #KotaContoh'));
const platformMap = <T extends v.GenericSchema>(item: T) =>
  v.partial(v.object(Object.fromEntries(PLATFORMS.map((p) => [p, item])) as Record<(typeof PLATFORMS)[number], T>));
const localized = v.object({ id: text(5000), en: text(5000) });

export const STYLE_PACK_FORMAT = 1;

export const StylePackSchema = v.object({
  formatVersion: v.literal(STYLE_PACK_FORMAT, `expected ${STYLE_PACK_FORMAT}`),
  name: text(120),
  /** Official accounts per platform ("@pemkotcontoh"). */
  accounts: v.optional(platformMap(v.array(text(100)))),
  hashtags: v.optional(
    v.object({
      required: v.optional(v.array(hashtag)),
      suggested: v.optional(v.array(hashtag)),
      perPlatform: v.optional(platformMap(v.array(hashtag))),
    }),
  ),
  /** Acronym → expansion ("BPBD" → "Badan Penanggulangan Bencana Daerah"). */
  glossary: v.optional(v.record(v.pipe(v.string(), v.regex(/^[\p{L}\p{N}][\p{L}\p{N} .&-]{0,30}$/u, 'expected an acronym')), text(200))),
  preferredTerms: v.optional(v.array(v.object({ avoid: text(100), use: text(100), reason: v.optional(text(500)) }))),
  bannedTerms: v.optional(v.array(v.object({ term: text(100), reason: v.optional(text(500)) }))),
  defaultAudience: v.optional(v.picklist(AUDIENCES, `expected one of ${AUDIENCES.join(', ')}`)),
  timeZone: v.optional(v.picklist(['WIB', 'WITA', 'WIT'], 'expected WIB, WITA or WIT')),
  /** What announcement and warning posts should carry. */
  contacts: v.optional(
    v.object({ hotline: v.optional(text(50)), website: v.optional(text(200)), handles: v.optional(v.array(text(100))) }),
  ),
  templates: v.optional(
    v.array(v.object({ id: v.pipe(text(40), v.regex(/^[a-z0-9-]+$/, 'expected a-z, 0-9 and -')), label: localized, text: localized })),
  ),
});
export type StylePackFile = v.InferOutput<typeof StylePackSchema>;

export type StylePackResult = { ok: true; pack: StylePackFile } | { ok: false; problems: JsonProblem[]; more?: number };

/** From the JSON text of a file (problems carry their line) or from an already parsed value. */
export function parseStylePack(input: string | unknown): StylePackResult {
  const result = validateJson(StylePackSchema, input);
  return result.ok ? { ok: true, pack: result.value } : result;
}
