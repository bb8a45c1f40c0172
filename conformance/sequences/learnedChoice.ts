/**
 * A choice the contract leaves to the server, as its first answer showed it: whether it refuses (409) a unique
 * value another user has, on a create or an update, exactly or in other letter case. Later requests of the same
 * sequence are judged by it; a choice is never flagged, only an answer that contradicts the server's own.
 */
export interface LearnedChoice {
  /** `CreateUser username taken`: see choiceRule. */
  rule: string;
  /** The server refuses such a request with 409 (true) or accepts it (false). */
  refuses: boolean;
  /** The step whose answer showed it: `step 2`. */
  shownBy: string;
}

/** How a request reuses another user's value: exactly, or with its letters in the other case. */
export type TakenVariant = 'exact' | 'other-case';

/** The rule a request is judged by: per operation, per property, and per variant. */
export function choiceRule(operationId: string, property: string, variant: TakenVariant): string {
  return `${operationId} ${property} ${variant === 'exact' ? 'taken' : 'taken in other letter case'}`;
}

/** The statuses a request reusing a taken value may get: as learned, or either before the server has shown it. */
export function takenStatuses(learned: LearnedChoice | undefined, success: number): number[] {
  if (learned === undefined) return [success, 409].sort((a, b) => a - b);
  return [learned.refuses ? 409 : success];
}

/** Learns the rule from an answer that shows it (the success status or 409), unless already learned. */
export function learnChoice(
  learned: Map<string, LearnedChoice>,
  rule: string,
  status: number | undefined,
  success: number,
  shownBy: string,
): void {
  if (learned.has(rule) || (status !== success && status !== 409)) return;
  learned.set(rule, { rule, refuses: status === 409, shownBy });
}
