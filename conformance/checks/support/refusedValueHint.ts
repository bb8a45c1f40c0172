import { isObject } from '../../../core/json/jsonObject';
import { toPointer } from '../../../core/spec/jsonPointer';

/** Past this many characters a string is long enough to be the likely reason a server refused it. */
const LONG = 255;

/**
 * Why a server most likely refused a body the spec allows, from the body itself, and what to declare in the
 * spec if the refusal is meant: an empty string (`minLength`), a long one (`maxLength`), a property the schema
 * does not name (`additionalProperties`). Undefined when nothing in it stands out.
 */
export function refusedValueHint(value: unknown, schema: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const declared = isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
  for (const [name, item] of Object.entries(value)) {
    const pointer = toPointer([name]);
    if (item === '')
      return `the empty string at ${pointer}: if the server requires a value, declare minLength: 1`;
    if (typeof item === 'string' && Array.from(item).length > LONG) {
      return `${Array.from(item).length.toLocaleString('en-US')} characters at ${pointer}: if the server limits it, declare maxLength`;
    }
    if (declared.length > 0 && !declared.includes(name)) {
      return `the unknown property ${pointer}: the spec allows it; if the server refuses unknown properties, declare additionalProperties: false`;
    }
  }
  return undefined;
}
