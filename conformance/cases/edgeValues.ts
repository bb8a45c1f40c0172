import type { Contract } from '../../core/spec/loadContract';
import { childPointer, isJsonObject } from '../generators/flattenSchema';
import { unknownPropertyName } from '../mutations/addDisallowedProperty';
import { schemaLocations } from '../mutations/schemaLocations';
import { setAtPointer } from '../mutations/updateAtPointer';

/** A valid body made from a base body by one edge value, always sent. */
export interface EdgeBody {
  /** `<edge>:<pointer>` (`length-10000:/firstName`), or just `<edge>` for the whole body (`charset-utf-8`). */
  edge: string;
  value: unknown;
  contentType: string;
}

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
];

/**
 * The edge values of a contract, applied one at a time to `base`: each string edge on each string property
 * (never an email address, whose edges are format violations, not edge values), an unknown extra property on
 * each object that allows one, and the media type with `charset=utf-8`. Only values the spec accepts are kept:
 * an edge the schema forbids (a 256-character value past a maxLength of 10) is not an edge of that contract.
 */
export function edgeValues(contract: Contract, base: unknown, reserved: ReadonlySet<string>): EdgeBody[] {
  const { requestSchema, requestMediaType } = contract.operation;
  const edges: EdgeBody[] = [];
  const extras: EdgeBody[] = [];
  for (const location of schemaLocations(requestSchema, base)) {
    if (typeof location.value === 'string' && location.schema.format !== 'email') {
      for (const edge of STRING_EDGES) {
        edges.push({
          edge: `${edge.name}:${location.pointer}`,
          value: setAtPointer(base, location.pointer, edge.make(location.value)),
          contentType: requestMediaType,
        });
      }
    }
    if (isJsonObject(location.value) && location.schema.additionalProperties !== false) {
      const declared = { ...location.value, ...(location.schema.properties as object | undefined) };
      const pointer = childPointer(location.pointer, unknownPropertyName(declared, reserved));
      extras.push({
        edge: `extra-property:${pointer}`,
        value: setAtPointer(base, pointer, 'an unknown property the server should ignore'),
        contentType: requestMediaType,
      });
    }
  }
  edges.push(...extras, {
    edge: 'charset-utf-8',
    value: base,
    contentType: `${requestMediaType}; charset=utf-8`,
  });
  return edges.filter((edge) => contract.validator.validate(requestSchema, edge.value).length === 0);
}
