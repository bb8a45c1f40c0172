/**
 * What the model of the resource expects of a request it sends in a sequence, decided before the request is
 * sent: plain data on the case, so the checks that judge sequences are pure functions of an exchange like every
 * other check.
 */
export interface ModelExpectation {
  /** In words, for a shrunk sequence's steps: `201: user 2 created`, `200: user 1 as last seen`. */
  summary: string;
  /** The user the request is about (`user 1`), when the model knows it. */
  user?: string;
  /**
   * For a 2xx answer about a known user: each declared property's expected value (date-times compared as
   * instants) and the check a difference belongs to, by why it would differ.
   */
  agreement?: Record<string, ExpectedProperty>;
  /** The `updated-at` property's value may not be earlier than this instant (epoch ms): it never goes back. */
  updatedAtNotBefore?: { property: string; ms: number; seen: string };
  /** The request names an ID no user ever had (a 2xx would invent a user). */
  neverCreated?: boolean;
  /** A create reusing the unique values of this refused create: nothing was created, so they are free. */
  reusesRefusedCreate?: string;
}

export interface ExpectedProperty {
  /** The value expected, unless `sentAt` says to take it from the request as sent. */
  value: unknown;
  /**
   * A JSON Pointer into the request's body as sent: the expected value is what the request sent there (an update's
   * values get the run's nonce only as they are sent).
   */
  sentAt?: string;
  /** Compare as an instant (`format: date-time`). */
  instant: boolean;
  /** The check a difference is reported by. */
  checkId: ModelCheckId;
  /** Why the value is expected: `as created in step 1`, `as updated in step 3`, `unchanged by the refused update of step 4`. */
  because: string;
}

/** The checks that judge answers against the model. */
export type ModelCheckId =
  | 'describes-created-user'
  | 'update-applied'
  | 'immutable-properties'
  | 'refused-leaves-no-trace';
