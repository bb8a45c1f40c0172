import type { SentBody } from '../../cases/sentBody';
import type { Exchange } from '../../model/exchange';
import type { ResourceModel } from '../resourceModel';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { observedOrder } from './observedOrder';
import { prepareCreate, recordCreate } from './sendCreate';

/**
 * A burst: several valid creates sent at once. Each must get its own user, with an id no other has (unique-ids),
 * and none a 5xx (not-a-server-error), however the server interleaves them.
 */
export class ConcurrentCreatesCommand implements SequenceCommand {
  constructor(readonly bodies: readonly SentBody[]) {}

  check(): boolean {
    return true;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const together = `one of ${this.bodies.length} creates sent together`;
    const prepared = this.bodies.map((sent, index) => {
      const label = `user ${model.users.length + 1 + index}`;
      return {
        label,
        testCase: prepareCreate(context, `${step}.${index + 1}`, label, { mode: 'valid' }, sent, {
          note: together,
        }),
      };
    });
    // Started in order, all before any answer: their nonces and send order are the seed's; the interleaving is the server's.
    const exchanges = await Promise.all(prepared.map(({ testCase }) => context.send(testCase)));
    exchanges.forEach((exchange, index) => {
      recordCreate(
        model,
        context.resource,
        exchange,
        `${step}.${index + 1}`,
        (prepared[index] as { label: string }).label,
      );
    });
    return observedOrder(exchanges);
  }

  toString(): string {
    return `${this.bodies.length} creates at once (valid token)`;
  }
}
