import { credentialsLabel } from '../cases/credentialsLabel';
import type { Credentials } from '../model/credentials';

/**
 * A describe or update sent as a fixture wrote it: which fixture (step labels name it, so reports do), and the
 * statuses it expects. Those are the curated truth: the model predicts from the faults it made itself, and a
 * fixture may hold one it has no name for (another media type, an id a framework routes elsewhere).
 */
export interface CuratedRequest {
  fixtureId: string;
  expect: readonly number[];
}

/** The statuses a step allows: the fixture's own when it has one, else what the model predicts. */
export function allowedStatuses(predicted: number[], curated: CuratedRequest | undefined): number[] {
  return curated ? [...curated.expect] : predicted;
}

/** `valid token`, or `valid token, fixture malformed-id-slash`: what a step presents, and where it comes from. */
export function presentedLabel(credentials: Credentials, curated: CuratedRequest | undefined): string {
  const presented = credentialsLabel(credentials);
  return curated ? `${presented}, fixture ${curated.fixtureId}` : presented;
}
