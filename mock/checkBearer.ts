/** The outcome of a request's `Authorization` header against the mock's tokens. */
export type BearerCheck =
  | { outcome: 'allowed'; token: string }
  | {
      outcome: 'unauthenticated';
      reason: 'missing' | 'not-bearer' | 'no-token' | 'unknown-token';
      message: string;
    }
  | { outcome: 'forbidden'; token: string };

export interface BearerTokens {
  /** The only valid tokens; empty accepts any token. */
  tokens: ReadonlySet<string>;
  /** Valid identities that lack the operation's permission. */
  forbiddenTokens: ReadonlySet<string>;
}

/**
 * Reads `Authorization: Bearer <token>`. The scheme name is case-insensitive (RFC 9110, section 11.1);
 * messages never contain the token.
 */
export function checkBearer(
  header: string | undefined,
  { tokens, forbiddenTokens }: BearerTokens,
): BearerCheck {
  const value = (header ?? '').trim();
  if (value === '') {
    return {
      outcome: 'unauthenticated',
      reason: 'missing',
      message: 'The request has no bearer token in its Authorization header.',
    };
  }
  const [scheme = '', ...rest] = value.split(/ +/);
  if (scheme.toLowerCase() !== 'bearer') {
    return {
      outcome: 'unauthenticated',
      reason: 'not-bearer',
      message: 'The Authorization header must use the Bearer scheme: "Authorization: Bearer <token>".',
    };
  }
  const token = rest.length === 1 ? rest[0] : undefined;
  if (!token) {
    return {
      outcome: 'unauthenticated',
      reason: 'no-token',
      message: 'The Authorization header must be "Bearer <token>", with exactly one token after the scheme.',
    };
  }
  if (forbiddenTokens.has(token)) return { outcome: 'forbidden', token };
  if (tokens.size > 0 && !tokens.has(token)) {
    return { outcome: 'unauthenticated', reason: 'unknown-token', message: 'The bearer token is not valid.' };
  }
  return { outcome: 'allowed', token };
}
