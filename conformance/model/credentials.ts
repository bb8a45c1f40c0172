/**
 * What a case presents as credentials. Secrets are never stored in a case: a case names which token it uses
 * (`valid`, `forbidden`) and the target substitutes the value only when it sends the request.
 */
export type Credentials =
  | { mode: 'valid' }
  | { mode: 'forbidden' }
  | { mode: 'unauthenticated'; variant: UnauthenticatedVariant };

/** Ways a request lacks valid credentials; each must get 401. */
export const UNAUTHENTICATED_VARIANTS = [
  'no-authorization',
  'other-scheme',
  'empty-bearer',
  'unknown-token',
] as const;
export type UnauthenticatedVariant = (typeof UNAUTHENTICATED_VARIANTS)[number];

export type CredentialMode = Credentials['mode'];

/** The environment variables that hold the tokens; recorded requests and curl lines show these names. */
export const TOKEN_VARIABLES = { valid: 'CONTRACT_TOKEN', forbidden: 'CONTRACT_FORBIDDEN_TOKEN' } as const;
