import type { RequestListener } from 'node:http';
import { readTarget } from '../../core/http/readTarget';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { bearerToken, REFERENCE_PARTS } from '../reference/referenceParts';

/** Takes the token from `?access_token=` when there is no Authorization header, as passport-http-bearer does. */
export function tokenFromQuery(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    presentedToken: (request) =>
      bearerToken(request.headers.authorization) ??
      readTarget(request.url)?.query.get('access_token') ??
      undefined,
  });
}
