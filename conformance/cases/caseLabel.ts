import type { Credentials } from '../model/credentials';
import type { BodyCase, BodyOrigin } from '../model/testCase';
import { credentialsLabel } from './credentialsLabel';

function originLabel(origin: BodyOrigin): string {
  if (origin.kind === 'fixture') return `fixture ${origin.fixtureId}`;
  if (origin.kind === 'edge') return `edge ${origin.edge}`;
  if (origin.kind === 'none') return 'no body';
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
