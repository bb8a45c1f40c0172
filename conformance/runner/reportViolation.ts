import type { Exchange, Outcome } from '../model/exchange';
import type { Replay, ReportedViolation, SequenceStep } from '../model/report';
import type { Violation } from '../model/violation';
import { curlCommand } from './curlCommand';

/** A check's finding with the request that shows it, how it ended, a curl line and what replays it. */
export function reportViolation(
  violation: Violation,
  exchange: Exchange,
  replay: Replay,
  sequence?: ShownSequence,
): ReportedViolation {
  const reported: ReportedViolation = {
    checkId: violation.checkId,
    title: violation.title,
    message: violation.message,
    ...(violation.received !== undefined ? { received: violation.received } : {}),
    ...(violation.documented !== undefined ? { documented: violation.documented } : {}),
    request: exchange.request,
    curl: curlCommand(exchange.request),
    replay,
  };
  const { outcome } = exchange;
  if (outcome.kind === 'response' || outcome.kind === 'rate-limited') reported.response = outcome.response;
  if (outcome.kind !== 'response') reported.outcome = describeOutcome(outcome);
  if (sequence && sequence.steps.length > 0) {
    reported.sequence = sequence.steps.map(sequenceStep);
    if (sequence.shrunk) reported.sequenceShrunk = true;
  }
  return reported;
}

/** The exchanges of a sequence that led to a violation, the failing one last, and whether it was shrunk. */
export interface ShownSequence {
  steps: readonly Exchange[];
  shrunk: boolean;
}

/** A step of a sequence as reports show it: its label, request, how it ended, and what the model expected. */
function sequenceStep(exchange: Exchange): SequenceStep {
  const { outcome, testCase } = exchange;
  const step: SequenceStep = {
    label: testCase.label,
    request: exchange.request,
    expected: testCase.model?.summary ?? testCase.expectedStatuses.join(' or '),
  };
  if (outcome.kind === 'response' || outcome.kind === 'rate-limited') step.response = outcome.response;
  if (outcome.kind !== 'response') step.outcome = describeOutcome(outcome);
  return step;
}

/** `timeout after 5000 ms`, `connection error ECONNRESET: socket hang up`, `rate limited: ...`. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'timeout') return `timeout after ${outcome.timeoutMs} ms`;
  if (outcome.kind === 'connection-error') return `connection error ${outcome.code}: ${outcome.message}`;
  if (outcome.kind === 'rate-limited') return `rate limited: ${outcome.rule}`;
  return `response ${outcome.response.status}`;
}
