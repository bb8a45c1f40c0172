import type { Credentials } from '../model/credentials';

const UNAUTHENTICATED = {
  'no-authorization': 'no Authorization header',
  'other-scheme': 'another authentication scheme',
  'empty-bearer': 'an empty bearer token',
  'unknown-token': 'an unknown token',
};

/** `valid token`, `forbidden token`, `no Authorization header`, ... */
export function credentialsLabel(credentials: Credentials): string {
  if (credentials.mode === 'unauthenticated') return UNAUTHENTICATED[credentials.variant];
  return credentials.mode === 'valid' ? 'valid token' : 'forbidden token';
}
