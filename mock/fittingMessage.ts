import { UNAUTHENTICATED_MESSAGES } from './checkBearer';
import type { MockOperation } from './mockOperation';

/** What the mock knows of a valid request that `Prefer: code=N` turns into an error. */
export interface ForcedSituation {
  status: number;
  /** A bearer token came with the request. */
  tokenSent: boolean;
  /** How the status was asked for, for the message: `Prefer: code=400` or `?__code=400`. */
  askedWith: string;
  /** The ID of the resource the request is about, when the operation has one (`/users/{user}`). */
  resourceId: string | undefined;
}

/**
 * The message an error forced on a valid request should carry so that it does not contradict the request: the
 * invalid-token 401 when a token was sent, the missing-token one when none was, the permission's 403, a 400
 * that says the request itself was valid, and a 404 about the ID the request names (the spec's example message
 * with its example ID replaced). Undefined for statuses the mock knows nothing particular about (a 500 says
 * nothing about the request): the spec's example stays.
 */
export function fittingMessage(operation: MockOperation, situation: ForcedSituation): string | undefined {
  switch (situation.status) {
    case 400:
      return `The request is valid; the mock answers 400 because it was asked to (${situation.askedWith}).`;
    case 401:
      return UNAUTHENTICATED_MESSAGES[situation.tokenSent ? 'unknown-token' : 'missing'];
    case 403:
      return operation.forbiddenMessage;
    case 404:
      return situation.resourceId === undefined
        ? undefined
        : notFoundMessage(operation, situation.resourceId);
    default:
      return undefined;
  }
}

/** The 404 about an ID: the spec's example message with its example ID replaced, else a plain one. */
export function notFoundMessage(operation: MockOperation, id: string, noun?: string): string {
  for (const example of operation.examples(404)) {
    const message = (example as { message?: unknown } | null)?.message;
    if (typeof message !== 'string') continue;
    const quoted = operation.resourceIdExamples.find((value) => message.includes(value));
    if (quoted !== undefined) return message.split(quoted).join(id);
  }
  return noun === undefined ? `Nothing has the ID ${id}.` : `No ${noun} has the ID ${id}.`;
}
