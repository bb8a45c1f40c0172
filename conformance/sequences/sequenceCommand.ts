import type { Exchange } from '../model/exchange';
import type { ResourceModel } from './resourceModel';
import type { SequenceContext } from './sequenceContext';

/**
 * One step of a sequence (fast-check's model-based testing, run by the kit's own loop so that `{ seed, path }`
 * alone replays a sequence): whether it may run now, and running it: send what the model says, with the
 * answer the model expects, then update the model from the answer.
 */
export interface SequenceCommand {
  /** May it run now (a describe of an existing user needs one)? A command that may not is skipped. */
  check(model: ResourceModel): boolean;
  /** Sends its request(s) as step `step` and updates the model; the exchanges, in the order they were sent. */
  run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]>;
  /** The step as a person reads it: `update user 1 (displayName), valid token`. */
  toString(): string;
}
