import type { LearnedChoice } from '../model/learnedChoice';

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
