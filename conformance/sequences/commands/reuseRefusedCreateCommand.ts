import type { SentBody } from '../../cases/sentBody';
import type { Exchange } from '../../model/exchange';
import { setAtPointer } from '../../mutations/updateAtPointer';
import type { ResourceModel } from '../resourceModel';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { sendCreate } from './sendCreate';

/**
 * After a refused create, a valid create reusing its identifying values (username, email): nothing was created,
 * so they are free and the create must be accepted (201), whether or not the server refuses taken values.
 */
export class ReuseRefusedCreateCommand implements SequenceCommand {
  constructor(
    readonly refusedIndex: number,
    readonly sent: SentBody,
  ) {}

  check(model: ResourceModel): boolean {
    return model.refusedCreates.length > 0;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const refused = model.refusedCreates[this.refusedIndex % model.refusedCreates.length];
    if (!refused) return [];
    // Only values the schema still accepts in a valid body are reused (a malformed create's bad email is not).
    let value = this.sent.body.value;
    const { create } = context.resource;
    for (const [pointer, reused] of refused.values) {
      const candidate = setAtPointer(value, pointer, reused);
      if (create.validator.validate(create.operation.requestSchema, candidate).length === 0)
        value = candidate;
    }
    if (value === this.sent.body.value) return [];
    const sent: SentBody = {
      ...this.sent,
      body: { ...this.sent.body, value },
      bodyText: JSON.stringify(value),
    };
    const exchange = await sendCreate(model, context, step, { mode: 'valid' }, sent, {
      reusing: refused.label,
    });
    // Reused once: a second reuse would be a plain duplicate, which a server may refuse.
    model.refusedCreates.splice(model.refusedCreates.indexOf(refused), 1);
    return [exchange];
  }

  toString(): string {
    return 'create reusing the values of a refused create (valid token)';
  }
}
