import type { RequestListener } from 'node:http';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Parses `text/plain` bodies as JSON too (`express.json({ type: ['application/json', 'text/plain'] })`). */
export function textBodyAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  const json = REFERENCE_PARTS.bodyParser;
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: {
      ...json,
      accepts: (contentType, documented) =>
        mediaTypeEssence(contentType) === 'text/plain' || json.accepts(contentType, documented),
    },
  });
}
