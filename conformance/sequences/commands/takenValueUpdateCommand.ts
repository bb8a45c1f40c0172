import { toPointer } from '../../../core/spec/jsonPointer';
import { validSentBody } from '../../cases/sentBody';
import { responseOf } from '../../checks/support/responseOf';
import type { Exchange } from '../../model/exchange';
import { choiceRule, learnChoice, takenStatuses } from '../learnChoice';
import { type ModelUser, type ResourceModel, userAt } from '../resourceModel';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { UpdateCommand } from './updateCommand';

/**
 * A valid update of a user (`onto`: an index, or the newest user) setting `property` to the value user `of`
 * has. Onto another user, the first answer teaches the model the server's choice (409 or 200, both conformant)
 * and later ones must agree; onto the same user it is a value the user already has, which no other user has, so
 * it must be accepted (200).
 */
export class TakenValueUpdateCommand implements SequenceCommand {
  constructor(
    readonly operationId: string,
    readonly property: string,
    readonly of: number,
    readonly onto: number | 'newest',
  ) {}

  check(model: ResourceModel): boolean {
    return userAt(model, this.of) !== undefined;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const update = context.resource.update;
    const source = userAt(model, this.of);
    const index = this.onto === 'newest' ? model.users.length - 1 : this.onto;
    const user = userAt(model, index);
    const value = source?.body[this.property];
    if (!update || !source || !user || typeof value !== 'string') return [];
    const own = source === user;
    const rule = choiceRule(this.operationId, this.property, 'exact');
    const statuses = own
      ? ownValueStatuses(model, user, this.property, value)
      : takenStatuses(model.learned.get(rule), 200);
    const sent = validSentBody(
      { [this.property]: value },
      { kind: 'generated' },
      update.operation.requestMediaType,
    );
    const command = new UpdateCommand(
      { mode: 'valid' },
      { kind: 'existing', index: model.users.indexOf(user) },
      sent,
      {
        taken: {
          values: { [toPointer([this.property])]: value },
          statuses,
          note: own ? `the ${this.property} it has` : `the ${this.property} of ${source.label}`,
        },
      },
    );
    const exchanges = await command.run(model, context, step);
    const first = exchanges[0];
    if (!own && first)
      learnChoice(model.learned, rule, responseOf(first)?.status, [200, 409], `step ${step}`);
    return exchanges;
  }

  toString(): string {
    return `update a user with the ${this.property} of ${this.onto === this.of ? 'itself' : 'another user'} (valid token)`;
  }
}

/**
 * A value the user has is no other user's, so it must be accepted (200); unless another user has it too, in any
 * letter case (a server that let a duplicate in), when a server may refuse it.
 */
function ownValueStatuses(model: ResourceModel, user: ModelUser, property: string, value: string): number[] {
  const shared = model.users.some((other) => {
    const theirs = other.body[property];
    return other !== user && typeof theirs === 'string' && theirs.toLowerCase() === value.toLowerCase();
  });
  return shared ? [200, 409] : [200];
}
