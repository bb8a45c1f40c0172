import { isObject } from '../core/json/jsonObject';
import { parsePointer, toPointer, valueAtPointer } from '../core/spec/jsonPointer';

/**
 * Where an element of the dereferenced document is written in the file: the same steps taken through the
 * document as written, following local `$ref`s (a key written beside a `$ref` wins, as in OpenAPI 3.1).
 * An external `$ref` stops the walk at the reference.
 */
export function locateInFile(raw: unknown, segments: readonly string[]): string {
  let node: unknown = raw;
  let at: string[] = [];
  for (const [index, segment] of segments.entries()) {
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && !(segment in node); hops += 1) {
      if (!node.$ref.startsWith('#') || hops > 32) return toPointer(at);
      at = parsePointer(decodeURIComponent(node.$ref.slice(1)));
      node = valueAtPointer(raw, toPointer(at));
    }
    if (node === undefined || node === null || typeof node !== 'object')
      return toPointer([...at, ...segments.slice(index)]);
    node = (node as Record<string, unknown>)[segment];
    at.push(segment);
  }
  return toPointer(at);
}
