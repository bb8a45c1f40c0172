import type { Credentials } from '../model/credentials';
import type { BodyCase } from '../model/testCase';
import { OTHER_MEDIA_TYPE_MUTATIONS } from '../mutations';

/**
 * The statuses the contract allows for a case: a valid body gets 201 with a valid token, 401 without valid
 * credentials, 403 with a forbidden token; a malformed body gets 400 (415 also for a body of another media type), and
 * with a forbidden token 403 as well, since a server may validate before it authorizes.
 */
export function expectedStatuses(credentials: Credentials, body: BodyCase): number[] {
  const malformed = body.mode === 'malformed';
  const refusedMediaType = malformed && OTHER_MEDIA_TYPE_MUTATIONS.has(body.mutation.name) ? [415] : [];
  switch (credentials.mode) {
    case 'unauthenticated':
      return [401];
    case 'forbidden':
      return malformed ? [403, 400, ...refusedMediaType] : [403];
    case 'valid':
      return malformed ? [400, ...refusedMediaType] : [201];
  }
}
