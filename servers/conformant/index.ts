import type { RequestListener } from 'node:http';
import type { ReferenceAppOptions } from '../createReferenceApp';
import { bareBearerChallenge } from './bare-bearer-challenge';
import { maxLengthIds } from './max-length-ids';
import { offsetTimestamps } from './offset-timestamps';
import { rateLimited } from './rate-limited';
import { richerBodies } from './richer-bodies';
import { secondPrecisionTimestamps } from './second-precision-timestamps';
import { uniqueUsernames } from './unique-usernames';
import { validatesBeforeAuthorizing } from './validates-before-authorizing';

/**
 * A CreateUser server that differs from the reference but still keeps the contract: the kit must report no
 * violation on it (no false alarm), which a kit too strict in one place would fail.
 */
export interface ConformantServer {
  /** Stable kebab-case name, also the file name. */
  name: string;
  /** One line: how it differs from the reference, within the contract. */
  quirk: string;
  create(options: ReferenceAppOptions): Promise<RequestListener>;
}

/** Every conformant variation of the reference, listed explicitly. */
export const CONFORMANT_SERVERS: readonly ConformantServer[] = [
  {
    name: 'unique-usernames',
    quirk: 'refuses (409) a username or email address already taken',
    create: uniqueUsernames,
  },
  {
    name: 'second-precision-timestamps',
    quirk: 'sends timestamps cut to the second',
    create: secondPrecisionTimestamps,
  },
  {
    name: 'offset-timestamps',
    quirk: 'sends timestamps with a +01:00 offset',
    create: offsetTimestamps,
  },
  { name: 'max-length-ids', quirk: 'sends 20-character ids, the ResourceId maximum', create: maxLengthIds },
  {
    name: 'validates-before-authorizing',
    quirk: 'gives an identity without permission 400 for a malformed request, 403 only for a valid one',
    create: validatesBeforeAuthorizing,
  },
  {
    name: 'bare-bearer-challenge',
    quirk: 'sends WWW-Authenticate: Bearer without parameters and application/json without a charset',
    create: bareBearerChallenge,
  },
  {
    name: 'rate-limited',
    quirk: 'answers every 60th request with 429 and Retry-After: 1',
    create: rateLimited,
  },
  {
    name: 'richer-bodies',
    quirk: 'adds properties the schemas do not name, and extra headers',
    create: richerBodies,
  },
];
