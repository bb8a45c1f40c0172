import type { RequestListener } from 'node:http';
import { asObject } from '../../core/json/jsonObject';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { bearerToken, REFERENCE_PARTS } from '../reference/referenceParts';

/**
 * Parses the body before authenticating (a global body parser) and takes the token from its `access_token`
 * when there is no Authorization header, as passport-http-bearer does.
 */
export function tokenFromBody(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    steps: () => ['body', 'authenticate', 'authorize', 'resource-id', 'validate', 'act'],
    presentedToken(request, body) {
      const token = asObject(body).access_token;
      return bearerToken(request.headers.authorization) ?? (typeof token === 'string' ? token : undefined);
    },
  });
}
