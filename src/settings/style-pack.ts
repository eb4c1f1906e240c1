/** The organisation style pack: one valibot schema (the JSON Schema in
 * schemas/style-pack.schema.json is generated from it), parsed with errors
 * that name the field and the line. */
import * as v from 'valibot';
import { AUDIENCES, AUTHORITY_MANDATES, PLATFORMS } from '../analysis/types';
import { fitsJsonBytes, tooBig, tooMany, validateJson, type JsonProblem } from './validate';

/** How long each list of a pack may be, and how big the whole pack (compact JSON, UTF-8). Room for a large
 * organisation's style guide (10,000 acronyms, 10,000 preferred and 10,000 banned terms), while a pack stays
 * quick to read and to index: the engine reads it once per change, not once per draft. */
export const STYLE_PACK_LIMITS = {
  /** Terms: glossary entries, preferredTerms, bannedTerms. */
  terms: 10_000,
  /** Hashtags required on every post (all of them, or per platform). */
  requiredHashtags: 20,
  suggestedHashtags: 200,
  /** Accounts per platform; contacts.handles. */
  accounts: 100,
  templates: 200,
  /** The whole pack. */
  bytes: 2 * 1024 * 1024,
} as const;
const L = STYLE_PACK_LIMITS;

const text = (max = 200) =>
  v.pipe(v.string('expected text'), v.trim(), v.minLength(1, 'expected text'), v.maxLength(max, `at most ${max} characters`));
/** A list of at most `max` items (JSON Schema: maxItems). */
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max, tooMany(max)));
const hashtag = v.pipe(text(100), v.regex(/^#?[\p{L}\p{N}_]+$/u, 'expected a hashtag such as #KotaContoh'));
const platformMap = <T extends v.GenericSchema>(item: T) =>
  v.partial(v.object(Object.fromEntries(PLATFORMS.map((p) => [p, item])) as Record<(typeof PLATFORMS)[number], T>));
const localized = v.object({ id: text(5000), en: text(5000) });
const acronym = v.pipe(v.string(), v.regex(/^[\p{L}\p{N}][\p{L}\p{N} .&-]{0,30}$/u, 'expected an acronym'));

export const STYLE_PACK_FORMAT = 1;

const PackObject = v.object({
  formatVersion: v.literal(STYLE_PACK_FORMAT, `expected ${STYLE_PACK_FORMAT}`),
  name: text(120),
  /** Official accounts per platform ("@pemkotcontoh"). */
  accounts: v.optional(platformMap(list(text(100), L.accounts))),
  hashtags: v.optional(
    v.object({
      required: v.optional(list(hashtag, L.requiredHashtags)),
      suggested: v.optional(list(hashtag, L.suggestedHashtags)),
      perPlatform: v.optional(platformMap(list(hashtag, L.requiredHashtags))),
    }),
  ),
  /** Acronym → expansion ("BPBD" → "Badan Penanggulangan Bencana Daerah"). */
  glossary: v.optional(v.pipe(v.record(acronym, text(200)), v.maxEntries(L.terms, tooMany(L.terms)))),
  preferredTerms: v.optional(list(v.object({ avoid: text(100), use: text(100), reason: v.optional(text(500)) }), L.terms)),
  bannedTerms: v.optional(list(v.object({ term: text(100), reason: v.optional(text(500)) }), L.terms)),
  defaultAudience: v.optional(v.picklist(AUDIENCES, `expected one of ${AUDIENCES.join(', ')}`)),
  timeZone: v.optional(v.picklist(['WIB', 'WITA', 'WIT'], 'expected WIB, WITA or WIT')),
  /** What announcement and warning posts should carry. */
  contacts: v.optional(
    v.object({ hotline: v.optional(text(50)), website: v.optional(text(200)), handles: v.optional(list(text(100), L.accounts)) }),
  ),
  templates: v.optional(
    list(
      v.object({ id: v.pipe(text(40), v.regex(/^[a-z0-9-]+$/, 'expected a-z, 0-9 and -')), label: localized, text: localized }),
      L.templates,
    ),
  ),
  /** Regional bodies that also inform on a hazard of the authority table (trust.authority): a BMKG station, a Dinkes unit. */
  authorities: v.optional(
    list(
      v.object({
        mandate: v.picklist(AUTHORITY_MANDATES, `expected one of ${AUTHORITY_MANDATES.join(', ')}`),
        name: text(120),
        account: v.optional(text(100)),
      }),
      L.accounts,
    ),
  ),
});

type PackFields = v.InferOutput<typeof PackObject>;
export const StylePackSchema = v.pipe(PackObject, v.check<PackFields, ReturnType<typeof tooBig>>(fitsJsonBytes(L.bytes), tooBig(L.bytes)));
export type StylePackFile = v.InferOutput<typeof StylePackSchema>;

export type StylePackResult = { ok: true; pack: StylePackFile } | { ok: false; problems: JsonProblem[]; more?: number };

/** From the JSON text of a file (problems carry their line) or from an already parsed value. */
export function parseStylePack(input: string | unknown): StylePackResult {
  const result = validateJson(StylePackSchema, input);
  return result.ok ? { ok: true, pack: result.value } : result;
}
