import type { Credentials, UnauthenticatedVariant, ValidVariant } from '../model/credentials';
import type { BodyCase, BodyOrigin } from '../model/testCase';

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

function originLabel(origin: BodyOrigin): string {
  if (origin.kind === 'fixture') return `fixture ${origin.fixtureId}`;
  if (origin.kind === 'edge') return `edge ${origin.edge}`;
  return 'generated body';
}

/** A case's short human label: `valid token, fixture valid-cjk`, `forbidden token, generated body, change-type (...)`. */
export function caseLabel(credentials: Credentials, body: BodyCase): string {
  const parts = [credentialsLabel(credentials), originLabel(body.origin)];
  // A malformed fixture's id already says what is wrong with it (fixture ids start with their kind).
  const curatedMalformed = body.origin.kind === 'fixture' && body.origin.fixtureId.startsWith('malformed-');
  if (body.mode === 'malformed' && !curatedMalformed) {
    parts.push(`${body.mutation.name} (${body.mutation.description})`);
  }
  return parts.join(', ');
}
