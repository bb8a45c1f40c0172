/** What an `Authorization` header holds, read as bearer credentials. */
export type BearerCredentials =
  | { kind: 'token'; token: string }
  /** No header, or an empty one. */
  | { kind: 'missing' }
  /** Another scheme (`Basic ...`). */
  | { kind: 'other-scheme' }
  /** `Bearer` without exactly one token after it. */
  | { kind: 'malformed' };

// RFC 9110, section 11.2: token68, the form of a bearer token (RFC 6750, section 2.1).
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Reads `Authorization: Bearer <token>` by RFC 9110 (section 11.4: `auth-scheme 1*SP token68`): the scheme
 * name is case-insensitive, one or more spaces separate it from the token, and the token is a token68.
 */
export function parseBearer(header: string | undefined): BearerCredentials {
  // Node strips the optional whitespace around a field value; a header given twice arrives joined.
  const value = (header ?? '').trim();
  if (value === '') return { kind: 'missing' };
  const space = value.indexOf(' ');
  const scheme = space === -1 ? value : value.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') return { kind: 'other-scheme' };
  const token = space === -1 ? '' : value.slice(space + 1).replace(/^ +/, '');
  return isBearerToken(token) ? { kind: 'token', token } : { kind: 'malformed' };
}

/** A value that can be sent as a bearer token (token68). */
export function isBearerToken(token: string): boolean {
  return TOKEN68.test(token);
}
