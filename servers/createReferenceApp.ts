import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from './reference/createUsersApp';
import { REFERENCE_PARTS } from './reference/referenceParts';

export type { ReferenceAppOptions } from './reference/createUsersApp';
export { bearerToken } from './reference/referenceParts';

/**
 * The correct users server: CreateUser, DescribeUser and UpdateUser as the contract decides them, built on the
 * same spec (servers/reference/). The conformance kit must pass it; the broken and conformant proof servers are
 * small variations of it.
 */
export function createReferenceApp(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, REFERENCE_PARTS);
}
