import { modelMismatches } from '../../checks/support/modelMismatches';
import { responseOf } from '../../checks/support/responseOf';
import type { Credentials } from '../../model/credentials';
import type { Exchange } from '../../model/exchange';
import type { ModelExpectation } from '../../model/modelExpectation';
import { allowedStatuses, type CuratedRequest, presentedLabel } from '../curatedRequest';
import { learnMalformedIdChoice } from '../learnChoice';
import { predictStatuses } from '../predictStatuses';
import type { ModelUser, ResourceModel } from '../resourceModel';
import { sequenceCase } from '../sequenceCase';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { describeAgreement, updatedAtFloor, userTimes } from '../userExpectations';
import { idParameters, resolveTarget, type UserTarget } from '../userTarget';

/**
 * Describes a user the model created (it must agree with the model), an id no user has (404), or a malformed id;
 * `curated`: as a fixture wrote the request, expecting the fixture's statuses.
 */
export class DescribeCommand implements SequenceCommand {
  constructor(
    readonly credentials: Credentials,
    readonly target: UserTarget,
    readonly curated?: CuratedRequest,
  ) {}

  check(model: ResourceModel): boolean {
    return this.target.kind !== 'existing' || model.users.length > 0;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const operation = context.resource.describe;
    if (!operation) return [];
    const validator = context.resource.create.validator;
    const resolved = resolveTarget(this.target, model, context, operation, validator);
    if (!resolved) return [];
    const predicted = predictStatuses(
      {
        credentials: this.credentials,
        permissionRequired: operation.semantics?.permission?.required ?? false,
        id: resolved.kind,
      },
      200,
    );
    const statuses = allowedStatuses(predicted, this.curated);
    const { user } = resolved;
    const exchange = await context.send(
      sequenceCase({
        operation,
        pathParameters: idParameters(operation, resolved.id),
        credentials: this.credentials,
        sent: undefined,
        statuses,
        label: `step ${step}: describe ${resolved.label} (${presentedLabel(this.credentials, this.curated)})`,
        model: expectation(resolved.label, statuses, user, context, this.target.kind === 'missing'),
        ...(user && !user.uncertain ? { expectedTimes: userTimes(user) } : {}),
      }),
    );
    if (user) recordDescription(user, exchange);
    learnMalformedIdChoice(model.learned, resolved.kind, exchange, step);
    return [exchange];
  }

  toString(): string {
    return `describe ${this.target.kind} user (${presentedLabel(this.credentials, this.curated)})`;
  }
}

function expectation(
  label: string,
  statuses: number[],
  user: ModelUser | undefined,
  context: SequenceContext,
  neverCreated: boolean,
): ModelExpectation {
  const summary = `${statuses.join(' or ')}${statuses.includes(200) ? `: ${label} as last seen` : ''}`;
  if (!user || user.uncertain) return { summary, ...(neverCreated ? { neverCreated } : {}) };
  const floor = updatedAtFloor(user, context.resource);
  return {
    summary,
    user: user.label,
    agreement: describeAgreement(user, context.resource),
    ...(floor ? { updatedAtNotBefore: floor } : {}),
  };
}

/** A description that agrees settles what refused and accepted changes left; one that does not leaves the user unknown. */
function recordDescription(user: ModelUser, exchange: Exchange): void {
  const response = responseOf(exchange);
  if (!response || response.status >= 500) {
    user.uncertain = true;
    return;
  }
  if (response.status < 200 || response.status > 299) return;
  if (modelMismatches(exchange).length > 0) {
    user.uncertain = true;
    return;
  }
  user.refusedChanges.clear();
  user.updated.clear();
}
