import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { alsoAccepting } from '../variation/alsoAccepting';

/** Parses `text/plain` bodies as JSON too (`express.json({ type: ['application/json', 'text/plain'] })`). */
export function textBodyAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, { ...REFERENCE_PARTS, bodyParser: alsoAccepting('text/plain') });
}
