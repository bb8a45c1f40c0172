/**
 * What a case presents as credentials. Secrets are never stored in a case: a case names which token it uses
 * (`valid`, `forbidden`) and how it presents it (`variant`), and the target puts the value in only when it
 * sends the request.
 */
export type Credentials =
  | { mode: 'valid'; variant?: ValidVariant }
  | { mode: 'forbidden' }
  | { mode: 'unauthenticated'; variant: UnauthenticatedVariant };

/**
 * Other ways to present the valid token that a server must accept as `Bearer <token>`: the scheme name is
 * case-insensitive (RFC 9110, section 11.1). Without a variant the token goes as `Bearer <token>`.
 */
export const VALID_VARIANTS = ['lower-case-scheme', 'upper-case-scheme'] as const;
export type ValidVariant = (typeof VALID_VARIANTS)[number];

/**
 * Ways a request lacks valid credentials; each must get 401. The last three present the valid token, but not
 * as `Authorization: Bearer <token>` says (RFC 6750 section 2.1 is the only method the spec declares): with
 * junk after it, or only in the URL's `access_token` or the body's (sections 2.2 and 2.3, which a server
 * that declares the header alone must not honour).
 */
export const UNAUTHENTICATED_VARIANTS = [
  'no-authorization',
  'other-scheme',
  'empty-bearer',
  'unknown-token',
  'junk-after-token',
  'token-in-query',
  'token-in-body',
] as const;
export type UnauthenticatedVariant = (typeof UNAUTHENTICATED_VARIANTS)[number];

/** Where the variants that move the token out of the header put it: RFC 6750's parameter name. */
export const ACCESS_TOKEN_PARAMETER = 'access_token';

export type CredentialMode = Credentials['mode'];

/** The environment variables that hold the tokens; recorded requests and curl lines show these names. */
export const TOKEN_VARIABLES = { valid: 'CONTRACT_TOKEN', forbidden: 'CONTRACT_FORBIDDEN_TOKEN' } as const;
