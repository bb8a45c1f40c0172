import type { Exchange } from '../model/exchange';
import type { TestCase } from '../model/testCase';
import type { ResourceOperations } from './resourceOperations';

/** What the commands of every sequence of a run share. */
export interface SequenceContext {
  resource: ResourceOperations;
  /** Without a forbidden token, commands that present it are never generated. */
  hasForbiddenToken: boolean;
  /** A valid id no user has: 20 characters carrying the run's nonce (never generated, so never shrunk). */
  missingId(): string;
  /** Sends a case; rejects with SequenceStopped once the run has stopped sending. */
  send(testCase: TestCase): Promise<Exchange>;
}

/** The run stopped sending (the server is gone, or rate-limits without end): the sequence ends here. */
export class SequenceStopped extends Error {
  override readonly name = 'SequenceStopped';
}
