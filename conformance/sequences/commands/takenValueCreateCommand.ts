import { toPointer } from '../../../core/spec/jsonPointer';
import type { SentBody } from '../../cases/sentBody';
import { responseOf } from '../../checks/support/responseOf';
import type { Exchange } from '../../model/exchange';
import { setAtPointer } from '../../mutations/updateAtPointer';
import { choiceRule, learnChoice, refusesTaken, type TakenVariant, takenStatuses } from '../learnChoice';
import { type ModelUser, type ResourceModel, userAt } from '../resourceModel';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { sendCreate } from './sendCreate';

/**
 * Which value of a user a create reuses: its own (`exact`), the same in other letter case (`other-case`: only
 * once the server has shown it refuses the exact one, since case matters only then), or the one an accepted
 * update replaced (`former`: no user has it any more, so it must be accepted).
 */
export type TakenValueKind = 'exact' | 'other-case' | 'former';

/**
 * A valid create whose unique property `property` holds a value user `of` has (or had), its other unique values
 * fresh. The first answer to `exact` and `other-case` teaches the model the server's choice (409 or 201, both
 * conformant); later ones must agree with it. A 409 for a former value says the server still counts it as taken.
 */
export class TakenValueCreateCommand implements SequenceCommand {
  constructor(
    readonly operationId: string,
    readonly property: string,
    readonly of: number,
    readonly kind: TakenValueKind,
    readonly sent: SentBody,
  ) {}

  check(model: ResourceModel): boolean {
    const user = userAt(model, this.of);
    if (!user) return false;
    if (this.kind === 'former') return user.former.has(this.property);
    if (this.kind === 'other-case') return refusesTaken(model.learned, this.rule('exact'));
    return true;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const user = userAt(model, this.of);
    const value = user && takenValue(user, this.property, this.kind);
    const { create } = context.resource;
    const pointer = toPointer([this.property]);
    const body = setAtPointer(this.sent.body.value, pointer, value);
    if (!user || value === undefined) return [];
    if (create.validator.validate(create.operation.requestSchema, body).length > 0) return [];
    const rule = this.rule(this.kind === 'other-case' ? 'other-case' : 'exact');
    const learned = model.learned.get(rule);
    const statuses = this.kind === 'former' ? [201] : takenStatuses(learned, 201);
    const exchange = await sendCreate(model, context, step, { mode: 'valid' }, this.sent, {
      taken: {
        values: { [pointer]: value },
        statuses,
        note: this.note(user),
        summary: this.summary(statuses, learned?.shownBy),
      },
    });
    if (this.kind !== 'former')
      learnChoice(model.learned, rule, responseOf(exchange)?.status, [201, 409], `step ${step}`);
    return [exchange];
  }

  toString(): string {
    return `create with the ${this.kind} ${this.property} of an existing user (valid token)`;
  }

  private rule(variant: TakenVariant): string {
    return choiceRule(this.operationId, this.property, variant);
  }

  private note(user: ModelUser): string {
    if (this.kind === 'former') return `the ${this.property} ${user.label} had before it was changed`;
    return `the ${this.property} of ${user.label}${this.kind === 'other-case' ? ' in other letter case' : ''}`;
  }

  private summary(statuses: number[], shownBy: string | undefined): string {
    const what = `a ${this.kind === 'other-case' ? 'taken (in other letter case)' : 'taken'} ${this.property}`;
    if (this.kind === 'former') return `201: no user has that ${this.property} any more`;
    if (shownBy === undefined) return `201 or 409: a server may refuse ${what}`;
    return `${statuses.join('')}: the server ${statuses.includes(409) ? 'refused' : 'accepted'} ${what} at ${shownBy}`;
  }
}

/** The value a create reuses, as a string; undefined when the user has none of that kind. */
function takenValue(user: ModelUser, property: string, kind: TakenValueKind): string | undefined {
  const value = kind === 'former' ? user.former.get(property) : user.body[property];
  if (typeof value !== 'string') return undefined;
  if (kind !== 'other-case') return value;
  const other = value.toUpperCase() === value ? value.toLowerCase() : value.toUpperCase();
  return other === value ? undefined : other;
}
