import { mediaTypeEssence } from '../../core/spec/mediaType';
import { type BodyParser, REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * The reference's body parser, taking `mediaType` too: its bodies read by `read` (text fields, form values), or
 * as JSON when there is no `read` (a JSON parser configured with more types than the contract allows).
 */
export function alsoAccepting(
  mediaType: string,
  read?: (contentType: string, bytes: Buffer) => Record<string, string>,
): BodyParser {
  const json = REFERENCE_PARTS.bodyParser;
  const isExtra = (contentType: string) => mediaTypeEssence(contentType) === mediaType;
  return {
    accepts: (contentType, documented) => isExtra(contentType) || json.accepts(contentType, documented),
    parse: (contentType, bytes) =>
      read !== undefined && isExtra(contentType)
        ? { kind: 'value', value: read(contentType, bytes) }
        : json.parse(contentType, bytes),
  };
}
