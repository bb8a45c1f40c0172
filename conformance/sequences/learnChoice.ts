import { responseOf } from '../checks/support/responseOf';
import type { Exchange } from '../model/exchange';
import type { LearnedChoice } from '../model/learnedChoice';
import type { ResolvedTarget } from './userTarget';

/** How a request reuses another user's value: exactly, or with its letters in the other case. */
export type TakenVariant = 'exact' | 'other-case';

/** The rule a taken value's request is judged by: per operation, per property, and per variant. */
export function choiceRule(operationId: string, property: string, variant: TakenVariant): string {
  return `${operationId} ${property} ${variant === 'exact' ? 'taken' : 'taken in other letter case'}`;
}

/** The statuses a request reusing a taken value may get: as learned, or either before the server has shown it. */
export function takenStatuses(learned: LearnedChoice | undefined, success: number): number[] {
  if (learned === undefined) return [success, 409].sort((a, b) => a - b);
  return [learned.status];
}

/** Whether the server was seen to refuse a taken value under `rule` (409). */
export function refusesTaken(learned: Map<string, LearnedChoice>, rule: string): boolean {
  return learned.get(rule)?.status === 409;
}

/** Learns `rule` from an answer whose status is one of the `choices` the contract allows, unless already learned. */
export function learnChoice(
  learned: Map<string, LearnedChoice>,
  rule: string,
  status: number | undefined,
  choices: readonly number[],
  shownBy: string,
): void {
  if (learned.has(rule) || status === undefined || !choices.includes(status)) return;
  learned.set(rule, { rule, status, shownBy });
}

/** Learns how the server answers a malformed ID (400 or 404, both conformant) from a request nothing else is wrong with. */
export function learnMalformedIdChoice(
  learned: Map<string, LearnedChoice>,
  idKind: ResolvedTarget['kind'],
  exchange: Exchange,
  step: number,
): void {
  const { testCase } = exchange;
  if (idKind !== 'malformed' || testCase.credentials.mode !== 'valid' || testCase.body.mode !== 'valid')
    return;
  const status = responseOf(exchange)?.status;
  learnChoice(learned, `${testCase.operationId} malformed id`, status, [400, 404], `step ${step}`);
}
