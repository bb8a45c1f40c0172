import type { Check } from '../model/check';
import { contentTypeConformance } from './content-type-conformance';
import { describesCreatedUser } from './describes-created-user';
import { immutableProperties } from './immutable-properties';
import { noConnectionError } from './no-connection-error';
import { noInternalDetails } from './no-internal-details';
import { noTokenLeak } from './no-token-leak';
import { notAServerError } from './not-a-server-error';
import { rateLimited } from './rate-limited';
import { refusedLeavesNoTrace } from './refused-leaves-no-trace';
import { responseHeadersConformance } from './response-headers-conformance';
import { responseSchemaConformance } from './response-schema-conformance';
import { responseSize } from './response-size';
import { responseTime } from './response-time';
import { serverOwnedProperties } from './server-owned-properties';
import { statusCodeConformance } from './status-code-conformance';
import { statusCodeDocumented } from './status-code-documented';
import { timestampsPlausible } from './timestamps-plausible';
import { uniqueIds } from './unique-ids';
import { unknownId404 } from './unknown-id-404';
import { updateApplied } from './update-applied';
import { updatedAtMonotonic } from './updated-at-monotonic';
import { userEcho } from './user-echo';

export { measureClockOffset } from './measureClockOffset';
export {
  contentTypeConformance,
  describesCreatedUser,
  immutableProperties,
  noConnectionError,
  noInternalDetails,
  noTokenLeak,
  notAServerError,
  rateLimited,
  refusedLeavesNoTrace,
  responseHeadersConformance,
  responseSchemaConformance,
  responseSize,
  responseTime,
  serverOwnedProperties,
  statusCodeConformance,
  statusCodeDocumented,
  timestampsPlausible,
  uniqueIds,
  unknownId404,
  updateApplied,
  updatedAtMonotonic,
  userEcho,
};

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A set of checks with unique, kebab-case ids, in the order given (the order they are reported in). */
export interface CheckRegistry {
  readonly checks: readonly Check[];
  byId(id: string): Check | undefined;
}

/** Builds a registry; a duplicate or malformed id is a programming error and throws, naming the id. */
export function createCheckRegistry(checks: readonly Check[]): CheckRegistry {
  const byId = new Map<string, Check>();
  for (const check of checks) {
    if (!KEBAB_CASE.test(check.id)) throw new Error(`Check id "${check.id}" is not kebab-case`);
    if (byId.has(check.id)) throw new Error(`Duplicate check id "${check.id}"`);
    byId.set(check.id, check);
  }
  return { checks: [...checks], byId: (id) => byId.get(id) };
}

/** Every check of the kit, in report order: status first, then body and headers, then meaning, then transport. */
export const CHECK_REGISTRY: CheckRegistry = createCheckRegistry([
  statusCodeConformance,
  statusCodeDocumented,
  notAServerError,
  responseSchemaConformance,
  responseHeadersConformance,
  contentTypeConformance,
  userEcho,
  serverOwnedProperties,
  uniqueIds,
  timestampsPlausible,
  describesCreatedUser,
  updateApplied,
  immutableProperties,
  updatedAtMonotonic,
  unknownId404,
  refusedLeavesNoTrace,
  noTokenLeak,
  noInternalDetails,
  responseTime,
  responseSize,
  noConnectionError,
  rateLimited,
]);

export const ALL_CHECKS: readonly Check[] = CHECK_REGISTRY.checks;
