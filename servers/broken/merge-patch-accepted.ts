import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { alsoAccepting } from '../variation/alsoAccepting';

/**
 * Parses `application/merge-patch+json` bodies as JSON too, as a PATCH handler written for JSON Merge Patch
 * does (`express.json({ type: ['application/json', 'application/merge-patch+json'] })`): the contract takes
 * `application/json` alone, and refuses the other with 400 or 415.
 */
export function mergePatchAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: alsoAccepting('application/merge-patch+json'),
  });
}
