import type { RequestListener } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { picked, REFERENCE_PARTS } from '../reference/referenceParts';

/** Keeps updatedAt on an update that changes nothing (`{}`, or the values the user already has). */
export function noOpKeepsUpdatedAt(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    revisedUser(making, current, body) {
      const changes = Object.entries(picked(making.properties, body));
      if (changes.every(([property, value]) => isDeepStrictEqual(current[property], value))) return current;
      return REFERENCE_PARTS.revisedUser(making, current, body);
    },
  });
}
