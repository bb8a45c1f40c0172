import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { alsoAccepting } from '../variation/alsoAccepting';

const FORM = 'application/x-www-form-urlencoded';

/** Parses `application/x-www-form-urlencoded` bodies too (`express.urlencoded()` beside `express.json()`). */
export function formBodyAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: alsoAccepting(FORM, (_contentType, bytes) =>
      Object.fromEntries(new URLSearchParams(bytes.toString('utf8'))),
    ),
  });
}
