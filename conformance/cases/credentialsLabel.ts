import type { Credentials, UnauthenticatedVariant, ValidVariant } from '../model/credentials';

const UNAUTHENTICATED_LABELS: Record<UnauthenticatedVariant, string> = {
  'no-authorization': 'no Authorization header',
  'other-scheme': 'another authentication scheme',
  'empty-bearer': 'an empty bearer token',
  'unknown-token': 'an unknown token',
  'junk-after-token': 'junk after the valid token (Bearer <token> junk)',
  'token-in-query': 'the valid token only in ?access_token=',
  'token-in-body': "the valid token only in the body's access_token",
};

const VALID_LABELS: Record<ValidVariant, string> = {
  'lower-case-scheme': 'valid token as bearer <token>',
  'upper-case-scheme': 'valid token as BEARER <token>',
};

/** How a case presents credentials, in a few words: `valid token`, `an unknown token`, ... */
export function credentialsLabel(credentials: Credentials): string {
  if (credentials.mode === 'unauthenticated') return UNAUTHENTICATED_LABELS[credentials.variant];
  if (credentials.mode === 'forbidden') return 'forbidden token';
  return credentials.variant === undefined ? 'valid token' : VALID_LABELS[credentials.variant];
}
