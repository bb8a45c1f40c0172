import type { Contract } from '../../core/spec/loadContract';
import { childPointer, isJsonObject } from '../generators/flattenSchema';
import { unknownPropertyName } from '../mutations/addDisallowedProperty';
import { schemaLocations } from '../mutations/schemaLocations';
import { setAtPointer } from '../mutations/updateAtPointer';
import { EMAIL_EDGES } from './emailEdges';
import { serverOwnedEdge } from './serverOwnedEdge';

/** A valid body made from a base body by one edge value, always sent. */
export interface EdgeBody {
  /** `<edge>:<pointer>` (`length-10000:/firstName`), or just `<edge>` for the whole body (`charset-utf-8`). */
  edge: string;
  value: unknown;
  contentType: string;
  /** The statuses the contract allows, when more than a valid body's 201. */
  expect?: number[];
}

/**
 * How deep the kit nests an unknown property: a few thousand levels, past what a recursive walker of a parsed
 * body survives (a sanitizer, a deep clone), within what a JSON parser reads.
 */
export const DEEP_NESTING = 3000;

/**
 * A server may refuse a body nested deeper than it parses (the mock and the reference stop at 200 levels)
 * with 400, but never fail on it.
 */
const DEEP_NESTING_STATUSES = [201, 400];

/** `length` code points made from `text`'s own characters (or `x`s), so the value still looks like itself. */
function ofLength(text: string, length: number): string {
  const source = Array.from(text.trim() || 'x');
  return Array.from({ length }, (_, index) => source[index % source.length]).join('');
}

/** Strings servers commonly mishandle; each is tried on every string property whose schema allows it. */
export const STRING_EDGES: readonly { name: string; make: (current: string) => string }[] = [
  { name: 'empty-string', make: () => '' },
  { name: 'length-256', make: (current) => ofLength(current, 256) },
  { name: 'length-1000', make: (current) => ofLength(current, 1000) },
  { name: 'length-10000', make: (current) => ofLength(current, 10000) },
  { name: 'non-ascii-bmp', make: () => 'Ünïcødé 漢字' },
  // Astral-plane characters only as whole surrogate pairs: a lone surrogate is not valid UTF-8.
  { name: 'astral-plane', make: () => 'Rocket 🚀 𝄞 🎉' },
  { name: 'nul-character', make: (current) => `${current || 'x'}\u0000${current || 'x'}` },
  { name: 'surrounding-whitespace', make: (current) => ` \t${current.trim() || 'x'}  ` },
  { name: 'apostrophe-and-spaces', make: () => "Anne-Marie O'Brien de la Cruz" },
  // The same accented letter twice: composed (U+00E9, NFC) then decomposed (e + U+0301, NFD), so a server that
  // normalizes either way changes one of them.
  { name: 'composed-and-decomposed', make: () => 'Chlo\u00e9 Chloe\u0301' },
];

/**
 * The edge values of a contract, applied one at a time to `base`: each string edge on each string property but
 * email addresses, each email edge on each email address, an unknown extra property on each object that allows
 * one (a plain one, and one nested a few thousand levels deep), a value for each property the server owns (its
 * id, its times: the body must not set them), and the media type with `charset=utf-8`. Only values the spec accepts are kept: an edge the schema
 * forbids (a 256-character value past a maxLength of 10) is not an edge of that contract.
 */
export function edgeValues(contract: Contract, base: unknown, reserved: ReadonlySet<string>): EdgeBody[] {
  const { requestSchema, requestMediaType } = contract.operation;
  const edge = (name: string, value: unknown): EdgeBody => ({
    edge: name,
    value,
    contentType: requestMediaType,
  });
  const edges: EdgeBody[] = [];
  const extras: EdgeBody[] = [];
  for (const location of schemaLocations(requestSchema, base)) {
    const { pointer, value } = location;
    if (typeof value === 'string') {
      for (const made of stringEdges(value, location.schema.format === 'email')) {
        edges.push(edge(`${made.name}:${pointer}`, setAtPointer(base, pointer, made.value)));
      }
    }
    if (isJsonObject(value) && location.schema.additionalProperties !== false) {
      const declared = { ...value, ...(location.schema.properties as object | undefined) };
      const extra = childPointer(pointer, unknownPropertyName(declared, reserved));
      const unknown = 'an unknown property the server should ignore';
      extras.push(edge(`extra-property:${extra}`, setAtPointer(base, extra, unknown)), {
        ...edge(`deep-unknown-property:${extra}`, setAtPointer(base, extra, nested(DEEP_NESTING))),
        expect: DEEP_NESTING_STATUSES,
      });
    }
  }
  const planted = serverOwnedEdge(contract, base);
  if (planted) extras.push(edge('server-owned-properties', planted));
  edges.push(...extras, {
    ...edge('charset-utf-8', base),
    contentType: `${requestMediaType}; charset=utf-8`,
  });
  return edges.filter((made) => contract.validator.validate(requestSchema, made.value).length === 0);
}

/** `{"a":{"a":...1...}}`, `depth` objects deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** The edges of one string: the email edges for an address, the string edges for any other string. */
function stringEdges(current: string, isEmail: boolean): { name: string; value: string }[] {
  if (!isEmail) return STRING_EDGES.map(({ name, make }) => ({ name, value: make(current) }));
  // An address's edges are valid address forms; its other edges would be format violations, not edge values.
  const at = current.lastIndexOf('@');
  if (at <= 0) return [];
  const [local, domain] = [current.slice(0, at), current.slice(at + 1)];
  return EMAIL_EDGES.map(({ name, make }) => ({ name, value: make(local, domain) }));
}
