import type { Contract } from '../../core/spec/loadContract';
import type { Exchange, RecordedResponse } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import type { OpenTarget } from '../target/openTarget';
import { TargetUnreachableError } from '../target/targetUnreachableError';
import { createStopSignal } from './createStopSignal';
import { retryAfterMs } from './retryAfter';

/** The bounds on waiting for a server: every wait has a count and a time limit, so a run always ends. */
export const SENDING_LIMITS = {
  /** A `Retry-After` up to this is waited out; a longer one stops the run. */
  maxRetryAfterMs: 10_000,
  /** The wait after a 429 without a usable `Retry-After`. */
  defaultRetryAfterMs: 1000,
  /** A request answered 429 this many times running stops the run. */
  rateLimitedTries: 3,
  /** This many 429s in a row, whichever requests they answer, stop the run. */
  rateLimitedInARow: 10,
  /** This many exchanges in a row without a complete response (timeouts, connection errors, bodies past the size limit) stop the run. */
  failuresInARow: 20,
} as const;

export interface SenderOptions {
  /** The contract focused on each operation a case may be sent to. */
  contractOf(operationId: string): Contract;
  target: OpenTarget;
  /** Puts the nonce into the case's unique values; called right before each request. */
  withNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase;
  runId: string;
  timeoutMs: number;
}

/** Sends cases and decides when to give up on the server. */
export interface Sender {
  /**
   * Sends a case (with the next nonce), waiting out a 429 and sending it again within the limits; resolves to
   * the exchange, or to undefined once the run has stopped (nothing was sent, or only a 429 came back).
   * Rejects with a TargetUnreachableError when the run's first request cannot connect.
   */
  send(testCase: TestCase): Promise<Exchange | undefined>;
  /** HTTP requests sent so far. */
  requests(): number;
  /** HTTP requests sent so far, by operationId. */
  requestsByOperation(): ReadonlyMap<string, number>;
  /** Why the run stopped sending, once it has: the reason for every case it did not send. */
  stopped(): string | undefined;
}

export function createSender(options: SenderOptions): Sender {
  const { target, runId, timeoutMs } = options;
  const signal = createStopSignal();
  let nonces = 0;
  let requests = 0;
  const byOperation = new Map<string, number>();
  let rateLimitedInARow = 0;
  let failuresInARow = 0;

  /** One request; the run's first tells whether the target is there at all. */
  const exchangeOnce = async (testCase: TestCase) => {
    const exchange = await target.exchange(testCase, timeoutMs);
    byOperation.set(testCase.operationId, (byOperation.get(testCase.operationId) ?? 0) + 1);
    if (requests++ === 0) assertReachable(exchange, target.label, timeoutMs);
    return exchange;
  };

  /**
   * Counts exchanges in a row without a complete response (a timeout, a connection error, a body past the size
   * limit): past the limit the server seems gone, or bent on answering nothing the checks can read.
   */
  const countFailure = ({ outcome }: Exchange) => {
    failuresInARow =
      outcome.kind === 'response' && outcome.response.bodyCutAtBytes === undefined ? 0 : failuresInARow + 1;
    if (failuresInARow < SENDING_LIMITS.failuresInARow) return;
    signal.stop(
      `the server did not answer ${SENDING_LIMITS.failuresInARow} requests in a row with a complete response (last: ${failureName(outcome)}): the rest of the run was not sent`,
    );
  };

  return {
    async send(testCase) {
      if (signal.reason() !== undefined) return undefined;
      const nonce = `${runId}${(nonces++).toString(36)}`;
      const sent = options.withNonce(options.contractOf(testCase.operationId), testCase, nonce);
      for (let tries = 1; ; tries++) {
        const exchange = await exchangeOnce(sent);
        const response = rateLimitResponse(exchange);
        if (response === undefined) {
          rateLimitedInARow = 0;
          countFailure(exchange);
          return exchange;
        }
        if (signal.reason() !== undefined) return undefined;
        const wait = retryAfterMs(response);
        const rule = rateLimitRule(tries, ++rateLimitedInARow, wait);
        if (rule !== undefined) {
          signal.stop(`the server rate-limited the kit (${rule}): the rest of the run was not sent`);
          return { ...exchange, outcome: { kind: 'rate-limited', rule, response } };
        }
        await signal.sleep(wait ?? SENDING_LIMITS.defaultRetryAfterMs);
        if (signal.reason() !== undefined) return undefined;
      }
    },
    requests: () => requests,
    requestsByOperation: () => byOperation,
    stopped: () => signal.reason(),
  };
}

/** Only the run's first request failing to connect at all means the target is not there (exit 2). */
function assertReachable({ outcome }: Exchange, label: string, timeoutMs: number): void {
  if (outcome.kind === 'response' || outcome.kind === 'rate-limited' || outcome.connected) return;
  const why = outcome.kind === 'timeout' ? `no connection within ${timeoutMs} ms` : outcome.message;
  throw new TargetUnreachableError(`target ${label} is unreachable: ${why}`);
}

function failureName(outcome: Exchange['outcome']): string {
  if (outcome.kind === 'timeout') return 'timeout';
  if (outcome.kind === 'connection-error') return outcome.code;
  return 'a body past the size limit';
}

function rateLimitResponse(exchange: Exchange): RecordedResponse | undefined {
  const { outcome } = exchange;
  return outcome.kind === 'response' && outcome.response.status === 429 ? outcome.response : undefined;
}

/** Which limit a 429 reaches, if any: then the run stops instead of waiting. */
function rateLimitRule(tries: number, inARow: number, waitMs: number | undefined): string | undefined {
  if (waitMs !== undefined && waitMs > SENDING_LIMITS.maxRetryAfterMs) {
    return `it asked for a wait of ${Math.round(waitMs / 1000)} s (Retry-After), more than the ${SENDING_LIMITS.maxRetryAfterMs / 1000} s the kit waits`;
  }
  if (tries >= SENDING_LIMITS.rateLimitedTries) {
    return `it answered the same request 429 ${SENDING_LIMITS.rateLimitedTries} times running`;
  }
  if (inARow >= SENDING_LIMITS.rateLimitedInARow) {
    return `it answered 429 ${SENDING_LIMITS.rateLimitedInARow} times in a row`;
  }
  return undefined;
}
