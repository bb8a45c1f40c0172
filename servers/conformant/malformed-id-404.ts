import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Answers a user ID that is not a ResourceId with 404 (no user has it), not 400. */
export function malformedId404(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, { ...REFERENCE_PARTS, malformedIdStatus: 404 });
}
