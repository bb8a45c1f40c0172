import { isDeepStrictEqual } from 'node:util';
import { isObject } from '../../../core/json/jsonObject';
import type { SentBody } from '../../cases/sentBody';
import { modelMismatches } from '../../checks/support/modelMismatches';
import { parseResponseBody } from '../../checks/support/parseJsonBody';
import { responseOf } from '../../checks/support/responseOf';
import type { Credentials } from '../../model/credentials';
import type { Exchange } from '../../model/exchange';
import type { ModelExpectation } from '../../model/modelExpectation';
import type { TestCase } from '../../model/testCase';
import { allowedStatuses, type CuratedRequest, presentedLabel } from '../curatedRequest';
import { learnMalformedIdChoice } from '../learnChoice';
import { predictStatuses } from '../predictStatuses';
import type { ModelUser, ResourceModel } from '../resourceModel';
import type { ResourceOperations } from '../resourceOperations';
import { sequenceCase } from '../sequenceCase';
import type { SequenceCommand } from '../sequenceCommand';
import type { SequenceContext } from '../sequenceContext';
import { patchedProperties, updateAgreement, updatedAtFloor, userTimes, windowOf } from '../userExpectations';
import { idParameters, type ResolvedTarget, resolveTarget, type UserTarget } from '../userTarget';
import { DescribeCommand } from './describeCommand';

/** A patch that sets unique values a user already has, on purpose: the values, the statuses allowed, the note. */
export interface TakenPatch {
  values: Record<string, string>;
  statuses: number[];
  note: string;
}

/** How an update departs from a plain one: a fixture's request (`curated`), or a taken value on purpose (`taken`). */
export interface UpdateVariant {
  curated?: CuratedRequest;
  taken?: TakenPatch;
}

/**
 * Updates a user the model created with a partial patch (valid: it changes exactly what it sends; malformed:
 * refused, and nothing changes), an id no user has (404), or a malformed id; `curated`: as a fixture wrote the
 * request, expecting the fixture's statuses; `taken`: with values another user has, as the server's learned
 * choice allows.
 */
export class UpdateCommand implements SequenceCommand {
  constructor(
    readonly credentials: Credentials,
    readonly target: UserTarget,
    readonly sent: SentBody,
    readonly variant: UpdateVariant = {},
  ) {}

  check(model: ResourceModel): boolean {
    return this.target.kind !== 'existing' || model.users.length > 0;
  }

  async run(model: ResourceModel, context: SequenceContext, step: number): Promise<Exchange[]> {
    const update = context.resource.update;
    if (!update) return [];
    const resolved = resolveTarget(this.target, model, context, update.operation, update.validator);
    if (!resolved) return [];
    const exchange = await context.send(this.caseFor(resolved, context, step));
    learnMalformedIdChoice(model.learned, resolved.kind, exchange, step);
    if (!resolved.user) return [exchange];
    recordUpdate(resolved.user, context.resource, exchange, step);
    const { curated } = this.variant;
    const after = curated
      ? await describeAfterFixture(resolved.user, model, context, step, curated)
      : await describeAfterRefusal(resolved.user, model, context, exchange, step);
    return [exchange, ...after];
  }

  /** The request, with what the model expects of its answer. */
  private caseFor(resolved: ResolvedTarget, context: SequenceContext, step: number): TestCase {
    const update = context.resource.update?.operation;
    if (!update) throw new Error('an update command without an update operation');
    const { curated, taken } = this.variant;
    const predicted =
      taken?.statuses ??
      predictStatuses(
        {
          credentials: this.credentials,
          permissionRequired: update.semantics?.permission?.required ?? true,
          body: this.sent.body,
          id: resolved.kind,
        },
        200,
      );
    const statuses = allowedStatuses(predicted, curated);
    const { user } = resolved;
    const patch = isObject(this.sent.body.value) ? this.sent.body.value : {};
    const names = patchedProperties(context.resource, patch);
    const changes =
      user !== undefined && names.some((name) => !isDeepStrictEqual(user.body[name], patch[name]));
    // What a 200 must show only when the fixture and the model both allow one: else a 200 is the finding.
    const accepted =
      predicted.includes(200) && statuses.includes(200) && user !== undefined && !user.uncertain;
    return sequenceCase({
      operation: update,
      pathParameters: idParameters(update, resolved.id),
      credentials: this.credentials,
      sent: this.sent,
      statuses,
      label: `step ${step}: update ${resolved.label}${this.what(names)} (${presentedLabel(this.credentials, curated)})`,
      model: expectation(
        resolved.label,
        statuses,
        accepted ? user : undefined,
        context.resource,
        patch,
        step,
        this.target.kind === 'missing',
      ),
      ...(accepted && user
        ? { expectedTimes: userTimes(user, changes ? { from: Date.now() } : { from: user.lastChange.from }) }
        : {}),
      ...(taken ? { takenValues: taken.values } : {}),
    });
  }

  /**
   * ` (displayName)`, ` (username: the username of user 1)`, ` with a malformed body`; nothing for a fixture's
   * request, whose id says what it sends.
   */
  private what(names: readonly string[]): string {
    const { curated, taken } = this.variant;
    if (curated) return '';
    if (this.sent.body.mode !== 'valid') return ' with a malformed body';
    return ` (${names.join(', ') || 'nothing'}${taken ? `: ${taken.note}` : ''})`;
  }

  toString(): string {
    return `update ${this.target.kind} user with a ${this.sent.body.mode} body (${presentedLabel(this.credentials, this.variant.curated)})`;
  }
}

function expectation(
  label: string,
  statuses: number[],
  user: ModelUser | undefined,
  resource: ResourceOperations,
  patch: Record<string, unknown>,
  step: number,
  neverCreated: boolean,
): ModelExpectation {
  const summary = `${statuses.join(' or ')}${user ? `: ${label} with the patch applied` : ''}`;
  if (!user) return { summary, ...(neverCreated ? { neverCreated } : {}) };
  const floor = updatedAtFloor(user, resource);
  return {
    summary,
    user: user.label,
    agreement: updateAgreement(user, resource, patch, step),
    ...(floor ? { updatedAtNotBefore: floor } : {}),
  };
}

/**
 * A refused update that would have changed something is followed, in the same step, by a describe of its user:
 * the trace a refused request must not leave shows there, whatever the random commands after it are.
 */
async function describeAfterRefusal(
  user: ModelUser,
  model: ResourceModel,
  context: SequenceContext,
  exchange: Exchange,
  step: number,
): Promise<Exchange[]> {
  const status = responseOf(exchange)?.status ?? 0;
  const refused = status >= 400 && status < 500 && status !== 404 && status !== 409;
  if (!context.resource.describe || !refused || user.refusedChanges.size === 0) return [];
  const target: UserTarget = { kind: 'existing', index: model.users.indexOf(user) };
  return new DescribeCommand({ mode: 'valid' }, target).run(model, context, step);
}

/**
 * A fixture's update is followed, in the same step, by a describe of its user whatever the answer: a fixture is
 * sent once, so what it left must show at once, an accepted change (update-applied) as much as a refused one's
 * trace (refused-leaves-no-trace). Its label names the fixture, which a failure it shows is about. Not after an
 * answer that left the user unknown: nothing could be judged.
 */
async function describeAfterFixture(
  user: ModelUser,
  model: ResourceModel,
  context: SequenceContext,
  step: number,
  curated: CuratedRequest,
): Promise<Exchange[]> {
  if (!context.resource.describe || user.uncertain) return [];
  const target: UserTarget = { kind: 'existing', index: model.users.indexOf(user) };
  const described = await new DescribeCommand({ mode: 'valid' }, target).run(model, context, step);
  return described.map((exchange) => {
    const label = `${exchange.testCase.label}, after fixture ${curated.fixtureId}`;
    return { ...exchange, testCase: { ...exchange.testCase, label } };
  });
}

/** What the answer tells the model: the patch applied, refused (a trace it must not leave), or an unknown state. */
function recordUpdate(user: ModelUser, resource: ResourceOperations, exchange: Exchange, step: number): void {
  const response = responseOf(exchange);
  const sent = exchange.testCase.body.value;
  const patch = isObject(sent) ? sent : {};
  const names = patchedProperties(resource, patch);
  if (!response || response.status >= 500 || response.status === 409) {
    user.uncertain = user.uncertain || !response || response.status >= 500;
    return;
  }
  if (response.status >= 400) {
    for (const name of names) {
      if (!isDeepStrictEqual(user.body[name], patch[name]))
        user.refusedChanges.set(name, `the refused update of step ${step}`);
    }
    return;
  }
  const expectedAccepted = exchange.testCase.expectedStatuses.includes(response.status);
  if (!expectedAccepted || user.uncertain || modelMismatches(exchange).length > 0) {
    user.uncertain = true;
    return;
  }
  applyPatch(user, resource, exchange, names, patch, step);
}

function applyPatch(
  user: ModelUser,
  resource: ResourceOperations,
  exchange: Exchange,
  names: string[],
  patch: Record<string, unknown>,
  step: number,
): void {
  const changes = names.some((name) => !isDeepStrictEqual(user.body[name], patch[name]));
  for (const name of names) {
    if (!isDeepStrictEqual(user.body[name], patch[name])) user.former.set(name, user.body[name]);
    user.body[name] = patch[name];
    user.sources.set(name, `the update of step ${step} sent`);
    user.updated.add(name);
    user.refusedChanges.delete(name);
  }
  const updatedAt = resource.created.roles['updated-at'];
  const response = responseOf(exchange);
  const parsed = response ? parseResponseBody(response) : undefined;
  if (
    updatedAt !== undefined &&
    parsed?.ok &&
    isObject(parsed.value) &&
    parsed.value[updatedAt] !== undefined
  ) {
    user.body[updatedAt] = parsed.value[updatedAt];
    user.sources.set(updatedAt, `the update of step ${step} returned`);
  }
  const window = windowOf(exchange);
  user.lastChange = changes ? window : { from: user.lastChange.from, to: window.to };
}
