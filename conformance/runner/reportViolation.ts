import type { Exchange, Outcome } from '../model/exchange';
import type { Replay, ReportedViolation } from '../model/report';
import type { Violation } from '../model/violation';
import { curlCommand } from './curlCommand';

/** A check's finding with the request that shows it, how it ended, a curl line and what replays it. */
export function reportViolation(violation: Violation, exchange: Exchange, replay: Replay): ReportedViolation {
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
  return reported;
}

/** `timeout after 5000 ms`, `connection error ECONNRESET: socket hang up`, `rate limited: ...`. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'timeout') return `timeout after ${outcome.timeoutMs} ms`;
  if (outcome.kind === 'connection-error') return `connection error ${outcome.code}: ${outcome.message}`;
  if (outcome.kind === 'rate-limited') return `rate limited: ${outcome.rule}`;
  return `response ${outcome.response.status}`;
}
