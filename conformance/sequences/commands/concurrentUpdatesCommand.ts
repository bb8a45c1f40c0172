import { isObject } from '../../../core/json/jsonObject';
import { toPointer } from '../../../core/spec/jsonPointer';
import type { SentBody } from '../../cases/sentBody';
import { responseOf } from '../../checks/support/responseOf';
import type { Exchange } from '../../model/exchange';
import type { ExpectedProperty } from '../../model/modelExpectation';
import type { TestCase } from '../../model/testCase';
import { type ModelUser, type ResourceModel, userAt } from '../resourceModel';
import type { ResourceOperations } from '../resourceOperations';
import { sequenceCase } from '../sequenceCase';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import {
  describeAgreement,
  patchedProperties,
  updateAgreement,
  updatedAtFloor,
  userTimes,
} from '../userExpectations';
import { idParameters } from '../userTarget';
import { observedOrder } from './observedOrder';

/**
 * A burst: updates of different properties of one user, sent at once, then a describe. Each update is atomic, so
 * all of them take effect (none lost), and none gets a 5xx, however the server interleaves them.
 */
export class ConcurrentUpdatesCommand implements SequenceCommand {
  /** `patches`: one body per property, each setting only that one. */
  constructor(
    readonly userIndex: number,
    readonly patches: readonly SentBody[],
  ) {}

  check(model: ResourceModel): boolean {
    return model.users.length > 0;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const { update, describe } = context.resource;
    const user = userAt(model, this.userIndex);
    if (!update || !user || user.uncertain) return [];
    const cases = this.patches.map((sent, index) =>
      this.updateCase(user, context, sent, `${step}.${index + 1}`),
    );
    // Started in order, all before any answer: the seed fixes what is sent; the interleaving is the server's.
    const updates = observedOrder(await Promise.all(cases.map((testCase) => context.send(testCase))));
    const accepted = updates.flatMap((exchange, index) =>
      isSuccess(exchange) ? [{ exchange, step: `${step}.${index + 1}` }] : [],
    );
    applyAll(user, context.resource, accepted);
    if (!describe || accepted.length < 2) return updates;
    const described = await context.send(
      sequenceCase({
        operation: describe,
        pathParameters: idParameters(describe, user.id),
        credentials: { mode: 'valid' },
        sent: undefined,
        statuses: [200],
        label: `step ${step}.${this.patches.length + 1}: describe ${user.label} after the burst (valid token)`,
        model: {
          summary: `200: ${user.label} with every update of the burst`,
          user: user.label,
          agreement: describeAgreement(user, context.resource),
        },
        expectedTimes: userTimes(user),
      }),
    );
    return [...updates, described];
  }

  /** One update of the burst: its answer must show its own property, whatever the others did meanwhile. */
  private updateCase(user: ModelUser, context: SequenceContext, sent: SentBody, step: string): TestCase {
    const update = context.resource.update?.operation;
    if (!update) throw new Error('a burst of updates without an update operation');
    const patch = isObject(sent.body.value) ? sent.body.value : {};
    const names = patchedProperties(context.resource, patch);
    const full = updateAgreement(user, context.resource, patch, 0);
    const own: Record<string, ExpectedProperty> = {};
    for (const [name, expected] of Object.entries(full)) {
      if (names.includes(name))
        own[name] = { ...expected, because: `the update of step ${step} sent`, sentAt: toPointer([name]) };
      else if (expected.checkId === 'immutable-properties') own[name] = expected;
    }
    const floor = updatedAtFloor(user, context.resource);
    return sequenceCase({
      operation: update,
      pathParameters: idParameters(update, user.id),
      credentials: { mode: 'valid' },
      sent,
      statuses: [200],
      label: `step ${step}: update ${user.label} (${names.join(', ')}), one of ${this.patches.length} updates sent together (valid token)`,
      model: {
        summary: `200: ${user.label} with ${names.join(', ')} applied`,
        user: user.label,
        agreement: own,
        ...(floor ? { updatedAtNotBefore: floor } : {}),
      },
      expectedTimes: userTimes(user, { from: Date.now() }),
    });
  }

  toString(): string {
    return `${this.patches.length} updates of different properties at once (valid token)`;
  }
}

function isSuccess(exchange: Exchange): boolean {
  const response = responseOf(exchange);
  return response !== undefined && response.status >= 200 && response.status <= 299;
}

/** Every accepted update of the burst applied: the describe after it must show them all. */
function applyAll(
  user: ModelUser,
  resource: ResourceOperations,
  accepted: readonly { exchange: Exchange; step: string }[],
): void {
  if (accepted.length === 0) return;
  for (const { exchange, step } of accepted) {
    const sent = exchange.testCase.body.value;
    const patch = isObject(sent) ? sent : {};
    for (const name of patchedProperties(resource, patch)) {
      user.body[name] = patch[name];
      user.sources.set(name, `the update of step ${step} sent`);
      user.updated.add(name);
      user.refusedChanges.delete(name);
    }
  }
  // Which answer's last-update time is the latest depends on the interleaving: the describe need not repeat one.
  const updatedAt = resource.created.roles['updated-at'];
  if (updatedAt !== undefined) delete user.body[updatedAt];
  user.lastChange = {
    from: Math.min(...accepted.map(({ exchange }) => exchange.sentAt)),
    to: Math.max(...accepted.map(({ exchange }) => exchange.receivedAt)),
  };
}
