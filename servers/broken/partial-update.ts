import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

// Its own list of the columns an update may change, written by hand: email is missing.
const UPDATABLE = ['username', 'firstName', 'lastName', 'displayName'];

/** Updates only the columns of its own list, which misses email: a new address is answered 200, never stored. */
export function partialUpdate(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    revisedUser: (making, current, body) =>
      REFERENCE_PARTS.revisedUser(
        { ...making, properties: making.properties.filter((property) => UPDATABLE.includes(property)) },
        current,
        body,
      ),
  });
}
