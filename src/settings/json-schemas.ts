/** JSON Schemas generated from the valibot schemas: one for style pack authors
 * (draft-07), and Chrome's managed-storage dialect for policies. */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { MANAGED_FIELDS } from './managed';
import { StylePackSchema } from './style-pack';

type Json = Record<string, unknown>;

export function stylePackJsonSchema(): Json {
  const schema = toJsonSchema(StylePackSchema, { errorMode: 'ignore' }) as Json;
  return {
    ...schema,
    $id: 'https://tutur.id/schemas/style-pack.schema.json',
    title: 'Tutur organisation style pack',
    description:
      'Hashtags, accounts, acronyms, preferred and banned terms, contacts, time zone and templates of an organisation. See examples/style-pack.kota-contoh.json.',
  };
}

/** Chrome accepts a subset of JSON Schema (draft-03 style): exactly one of type/$ref per
 * sub-schema, and "type", "properties", "additionalProperties", "items", "enum" only. */
function toChrome(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toChrome);
  if (typeof node !== 'object' || node === null) return node;
  const n = node as Json;
  if (n.anyOf) {
    // valibot's nullable/optional unions: keep the non-null branch.
    const branch = (n.anyOf as Json[]).find((b) => b.type !== 'null');
    return toChrome(branch);
  }
  const out: Json = {};
  if (n.const !== undefined) {
    out.type = typeof n.const === 'number' ? 'integer' : 'string';
    out.enum = [n.const];
    return out;
  }
  out.type = n.type;
  if (n.enum) out.enum = n.enum;
  if (n.properties) out.properties = Object.fromEntries(Object.entries(n.properties as Json).map(([k, s]) => [k, toChrome(s)]));
  if (n.additionalProperties && typeof n.additionalProperties === 'object') out.additionalProperties = toChrome(n.additionalProperties);
  if (n.items) out.items = toChrome(n.items);
  return out;
}

export function chromeManagedSchema(): Json {
  const policy = v.object(MANAGED_FIELDS);
  const schema = toChrome(toJsonSchema(policy, { errorMode: 'ignore' })) as Json;
  // Chrome: the top level is an object without additionalProperties.
  return { type: 'object', properties: schema.properties };
}
