import type { RequestListener } from 'node:http';
import type { ReferenceAppOptions } from '../createReferenceApp';
import { bareBearerChallenge } from './bare-bearer-challenge';
import { counterIds } from './counter-ids';
import { describeForbidden403 } from './describe-forbidden-403';
import { malformedId404 } from './malformed-id-404';
import { maxLengthIds } from './max-length-ids';
import { noOpKeepsUpdatedAt } from './no-op-keeps-updated-at';
import { offsetTimestamps } from './offset-timestamps';
import { rateLimited } from './rate-limited';
import { richerBodies } from './richer-bodies';
import { secondPrecisionTimestamps } from './second-precision-timestamps';
import { takenEmail409AnyCase } from './taken-email-409-any-case';
import { takenUsername409 } from './taken-username-409';
import { uniqueUsernames } from './unique-usernames';
import { validatesBeforeAuthenticating } from './validates-before-authenticating';
import { validatesBeforeAuthorizing } from './validates-before-authorizing';

/**
 * A users server that differs from the reference but still keeps the contract: the kit must report no
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
  {
    name: 'taken-username-409',
    quirk: 'refuses (409) a create or update whose username another user has, compared exactly',
    create: takenUsername409,
  },
  {
    name: 'taken-email-409-any-case',
    quirk: 'refuses (409) a create or update whose email address another user has, in any letter case',
    create: takenEmail409AnyCase,
  },
  {
    name: 'malformed-id-404',
    quirk: 'answers a user ID that is not a ResourceId with 404, not 400',
    create: malformedId404,
  },
  {
    name: 'no-op-keeps-updated-at',
    quirk: 'keeps updatedAt on an update that changes nothing',
    create: noOpKeepsUpdatedAt,
  },
  { name: 'counter-ids', quirk: 'gives users ids from a counter: "1", "2", ...', create: counterIds },
  {
    name: 'describe-forbidden-403',
    quirk: 'refuses (403) to describe a user to an identity without CanManageUsers',
    create: describeForbidden403,
  },
  {
    name: 'validates-before-authenticating',
    quirk: "checks an update's user ID and body before its token: 400 for a malformed one without a token",
    create: validatesBeforeAuthenticating,
  },
];
