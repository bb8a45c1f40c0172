import type { Credentials } from '../model/credentials';
import type { BodyCase } from '../model/testCase';
import { OTHER_MEDIA_TYPE_MUTATIONS } from '../mutations';

/** What is wrong with a request, as far as the contract's statuses go. */
export interface RequestFaults {
  credentials: Credentials;
  /** Whether an identity without the operation's permission must be refused (403), or may be (`x-lakesail-permission`). */
  permissionRequired: boolean;
  /** The request's body, when the operation takes one. */
  body?: BodyCase;
  /** The id in the path: of a user that exists, of none, or not a valid id at all. */
  id?: 'existing' | 'missing' | 'malformed';
}

/**
 * The statuses the contract allows for a request: the success status when nothing is wrong; otherwise any one of
 * the statuses its faults call for (a server may authenticate, validate or look up first: "with several faults, a
 * server may answer any one of the applicable statuses").
 */
export function predictStatuses(faults: RequestFaults, success: number): number[] {
  const { credentials } = faults;
  const refusals = new Set<number>();
  if (credentials.mode === 'unauthenticated') refusals.add(401);
  if (credentials.mode === 'forbidden' && faults.permissionRequired) refusals.add(403);
  if (faults.body?.mode === 'malformed') {
    refusals.add(400);
    if (OTHER_MEDIA_TYPE_MUTATIONS.has(faults.body.mutation.name)) refusals.add(415);
  }
  // A malformed id names no user either: 400 or 404, the spec leaves the choice.
  if (faults.id === 'malformed') refusals.add(400).add(404);
  if (faults.id === 'missing') refusals.add(404);
  const allowed = refusals.size === 0 ? new Set([success]) : refusals;
  // An identity without a permission the operation need not require may be refused, or served.
  if (credentials.mode === 'forbidden' && !faults.permissionRequired) allowed.add(403);
  return [...allowed].sort((a, b) => a - b);
}
