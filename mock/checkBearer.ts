import { parseBearer } from '../core/http/parseBearer';

/** Why a request is not authenticated. */
export type UnauthenticatedReason = 'missing' | 'not-bearer' | 'no-token' | 'unknown-token';

/** The outcome of a request's `Authorization` header against the mock's tokens. */
export type BearerCheck =
  | { outcome: 'allowed'; token: string }
  | { outcome: 'unauthenticated'; reason: UnauthenticatedReason; message: string }
  | { outcome: 'forbidden'; token: string };

export interface BearerTokens {
  /** The only valid tokens; empty accepts any token. */
  tokens: ReadonlySet<string>;
  /** Valid identities that lack the operation's permission. */
  forbiddenTokens: ReadonlySet<string>;
}

/** The message of each 401, in the words of the spec's own 401 examples; none contains a token. */
export const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedReason, string> = {
  missing: 'The request has no bearer token in its Authorization header.',
  'not-bearer': 'The Authorization header must use the Bearer scheme: "Authorization: Bearer <token>".',
  'no-token': 'The Authorization header must be "Bearer <token>", with exactly one token after the scheme.',
  'unknown-token': 'The bearer token is not valid.',
};

/** Reads `Authorization: Bearer <token>` (core's RFC 9110 parser) and checks the token against the mock's. */
export function checkBearer(
  header: string | undefined,
  { tokens, forbiddenTokens }: BearerTokens,
): BearerCheck {
  const credentials = parseBearer(header);
  if (credentials.kind !== 'token') {
    const reason =
      credentials.kind === 'missing'
        ? 'missing'
        : credentials.kind === 'other-scheme'
          ? 'not-bearer'
          : 'no-token';
    return unauthenticated(reason);
  }
  const { token } = credentials;
  if (forbiddenTokens.has(token)) return { outcome: 'forbidden', token };
  if (tokens.size > 0 && !tokens.has(token)) return unauthenticated('unknown-token');
  return { outcome: 'allowed', token };
}

function unauthenticated(reason: UnauthenticatedReason): BearerCheck {
  return { outcome: 'unauthenticated', reason, message: UNAUTHENTICATED_MESSAGES[reason] };
}
