import { credentialsLabel } from '../../cases/credentialsLabel';
import type { SentBody } from '../../cases/sentBody';
import type { Credentials } from '../../model/credentials';
import type { Exchange } from '../../model/exchange';
import type { ResourceModel } from '../resourceModel';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { ReuseRefusedCreateCommand } from './reuseRefusedCreateCommand';
import { sendCreate } from './sendCreate';

/**
 * Creates a user: with valid credentials and a valid body, a new user the model remembers; otherwise refused,
 * and then, in the same step, a valid create (`reuse`) takes the refused one's username and email, which
 * nothing may have taken: a server that writes before it validates shows it at once.
 */
export class CreateCommand implements SequenceCommand {
  constructor(
    readonly credentials: Credentials,
    readonly sent: SentBody,
    readonly reuse?: SentBody,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const refusedBefore = model.refusedCreates.length;
    const exchange = await sendCreate(model, context, step, this.credentials, this.sent, {});
    if (this.reuse === undefined || model.refusedCreates.length === refusedBefore) return [exchange];
    const reused = new ReuseRefusedCreateCommand(refusedBefore, this.reuse);
    return [exchange, ...(await reused.run(model, context, step))];
  }

  toString(): string {
    return `create (${credentialsLabel(this.credentials)}, ${this.sent.body.mode} body)`;
  }
}
