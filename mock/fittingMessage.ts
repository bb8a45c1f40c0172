import { UNAUTHENTICATED_MESSAGES } from './checkBearer';
import type { MockOperation } from './mockOperation';

/** What the mock knows of a valid request that `Prefer: code=N` turns into an error. */
export interface ForcedSituation {
  status: number;
  /** A bearer token came with the request. */
  tokenSent: boolean;
  /** How the status was asked for, for the message: `Prefer: code=400` or `?__code=400`. */
  askedWith: string;
}

/**
 * The message an error forced on a valid request should carry so that it does not contradict the request: the
 * invalid-token 401 when a token was sent, the missing-token one when none was, the permission's 403, and a 400
 * that says the request itself was valid. Undefined for statuses the mock knows nothing particular about (a 500
 * says nothing about the request): the spec's example stays.
 */
export function fittingMessage(operation: MockOperation, situation: ForcedSituation): string | undefined {
  switch (situation.status) {
    case 400:
      return `The request is valid; the mock answers 400 because it was asked to (${situation.askedWith}).`;
    case 401:
      return UNAUTHENTICATED_MESSAGES[situation.tokenSent ? 'unknown-token' : 'missing'];
    case 403:
      return operation.forbiddenMessage;
    default:
      return undefined;
  }
}
