import type { RequestListener } from 'node:http';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * Parses `application/merge-patch+json` bodies as JSON too, as a PATCH handler written for JSON Merge Patch
 * does (`express.json({ type: ['application/json', 'application/merge-patch+json'] })`): the contract takes
 * `application/json` alone, and refuses the other with 400 or 415.
 */
export function mergePatchAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  const json = REFERENCE_PARTS.bodyParser;
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: {
      ...json,
      accepts: (contentType, documented) =>
        mediaTypeEssence(contentType) === 'application/merge-patch+json' ||
        json.accepts(contentType, documented),
    },
  });
}
