import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Takes the first word after `Bearer` and ignores the rest: `Bearer <token> junk` is accepted. */
export function junkAfterTokenAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    presentedToken: (request) => /^Bearer +([^ ]+)/i.exec(request.headers.authorization ?? '')?.[1],
  });
}
