import type { Credentials } from '../model/credentials';
import type { Secret } from '../secrets/secret';

/**
 * Not a secret: a well-formed bearer token no server issued. The same in every run, so a run replays byte
 * for byte.
 */
export const UNKNOWN_TOKEN = 'lakesail-contract-unknown-token-0000000000';

/** The Authorization header of a case: the value sent, and the value recorded (secrets as `$VARIABLE`). */
export interface AuthorizationHeader {
  sent: string;
  recorded: string;
}

/** Undefined when the case sends no Authorization header. */
export function authorizationHeader(
  credentials: Credentials,
  secrets: readonly Secret[],
): AuthorizationHeader | undefined {
  if (credentials.mode === 'valid' || credentials.mode === 'forbidden') {
    const secret = secrets.find((candidate) => candidate.mode === credentials.mode);
    if (secret === undefined) {
      // The runner never sends forbidden cases without the token; reaching this is a bug in the kit.
      throw new Error(`a ${credentials.mode}-token case was sent without its token`);
    }
    return { sent: `Bearer ${secret.value}`, recorded: `Bearer $${secret.variable}` };
  }
  switch (credentials.variant) {
    case 'no-authorization':
      return undefined;
    case 'other-scheme':
      // RFC 7617 Basic credentials `contract:kit`: a real scheme, just not the one the spec demands.
      return same('Basic Y29udHJhY3Q6a2l0');
    case 'empty-bearer':
      return same('Bearer ');
    case 'unknown-token':
      return same(`Bearer ${UNKNOWN_TOKEN}`);
  }
}

function same(value: string): AuthorizationHeader {
  return { sent: value, recorded: value };
}
