import type { RequestListener } from 'node:http';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

const FORM = 'application/x-www-form-urlencoded';

/** Parses `application/x-www-form-urlencoded` bodies too (`express.urlencoded()` beside `express.json()`). */
export function formBodyAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  const json = REFERENCE_PARTS.bodyParser;
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: {
      accepts: (contentType, documented) =>
        mediaTypeEssence(contentType) === FORM || json.accepts(contentType, documented),
      parse: (contentType, bytes) =>
        mediaTypeEssence(contentType) === FORM
          ? { kind: 'value', value: Object.fromEntries(new URLSearchParams(bytes.toString('utf8'))) }
          : json.parse(contentType, bytes),
    },
  });
}
