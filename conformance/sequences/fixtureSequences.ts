import fc from 'fast-check';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import type { OperationContract } from '../../core/spec/operationContract';
import { fixtureSentBody } from '../cases/fixtureSentBody';
import type { SentBody } from '../cases/sentBody';
import type { Credentials } from '../model/credentials';
import { CreateCommand } from './commands/createCommand';
import { DescribeCommand } from './commands/describeCommand';
import { UpdateCommand } from './commands/updateCommand';
import type { CuratedRequest } from './curatedRequest';
import { fixtureTarget } from './fixtureTarget';
import { identifiersNotBlank } from './identifiersNotBlank';
import { requestBodies } from './requestBodies';
import type { ResourceOperations } from './resourceOperations';
import type { SequenceCommand } from './sequenceCommand';
import type { UserTarget } from './userTarget';

/** One fixture of a describe or an update, as the short sequence that sends it. */
export interface FixtureSequence {
  operationId: string;
  fixtureId: string;
  commands: SequenceCommand[];
}

/** A fixture's request is sent as the fixtures file says: with the valid token. */
const VALID: Credentials = { mode: 'valid' };

/** An operation on one existing member of the resource, and the command that sends a fixture's request to it. */
interface Member {
  operation: OperationContract;
  command(target: UserTarget, sent: SentBody | undefined, curated: CuratedRequest): SequenceCommand;
}

/**
 * The fixtures of the operations that act on one existing member of a resource (its describe and update, which
 * name it by the path parameter marked `x-lakesail-role: id`), each as its own short sequence, so a failure
 * reproduces with that fixture's steps alone: a valid create when the fixture names `{ $resource: existing }`,
 * then the fixture's request, expecting the fixture's statuses (an update is then described, in the same step).
 * A fixture the spec disagrees with is not sent, and a warning says why.
 */
export function fixtureSequences(
  resource: ResourceOperations,
  fixtures: ReadonlyMap<string, readonly RequestFixture[]>,
  seed: number,
): { sequences: FixtureSequence[]; warnings: string[] } {
  const created = createdBody(resource, fixtures, seed);
  const sequences: FixtureSequence[] = [];
  const warnings: string[] = [];
  for (const member of members(resource)) {
    const { operationId } = member.operation;
    for (const fixture of fixtures.get(operationId) ?? []) {
      const planned = fixtureCommand(resource, member, fixture);
      if ('notSent' in planned) {
        warnings.push(`fixture ${fixture.id} of ${operationId} is not sent: ${planned.notSent}`);
        continue;
      }
      const createFirst = planned.target.kind === 'existing' && created !== undefined;
      const commands = createFirst ? [new CreateCommand(VALID, created), planned.command] : [planned.command];
      sequences.push({ operationId, fixtureId: fixture.id, commands });
    }
  }
  return { sequences, warnings };
}

/**
 * The body every fixture's user is created from (the run's nonce makes each a new user): the first valid fixture
 * of the create, which reads plainly in a reproduction; without one, a body generated from the seed.
 */
function createdBody(
  resource: ResourceOperations,
  fixtures: ReadonlyMap<string, readonly RequestFixture[]>,
  seed: number,
): SentBody | undefined {
  const { create } = resource;
  for (const fixture of fixtures.get(create.operation.operationId) ?? []) {
    if (fixture.kind !== 'valid') continue;
    const body = fixtureSentBody(create.operation, create.validator, fixture);
    // A blank username cannot carry the nonce: an earlier run may have taken it.
    if ('sent' in body && body.sent && identifiersNotBlank(create, body.sent.body.value)) return body.sent;
  }
  return fc.sample(requestBodies(create).valid, { seed, numRuns: 1 })[0];
}

function members(resource: ResourceOperations): Member[] {
  const found: Member[] = [];
  const { describe, update } = resource;
  if (describe) {
    found.push({
      operation: describe,
      command: (target, _sent, curated) => new DescribeCommand(VALID, target, curated),
    });
  }
  if (update) {
    found.push({
      operation: update.operation,
      // An update's contract has a request body schema, so a fixture's body always comes back (fixtureSentBody).
      command: (target, sent, curated) => new UpdateCommand(VALID, target, sent as SentBody, { curated }),
    });
  }
  return found;
}

/** The command that sends a fixture's request as written, to the user it names; or why it is not sent. */
function fixtureCommand(
  resource: ResourceOperations,
  member: Member,
  fixture: RequestFixture,
): { command: SequenceCommand; target: UserTarget } | { notSent: string } {
  const { validator } = resource.create;
  const target = fixtureTarget(member.operation, validator, fixture);
  if ('notSent' in target) return target;
  const body = fixtureSentBody(member.operation, validator, fixture);
  if ('notSent' in body) return body;
  const curated = { fixtureId: fixture.id, expect: fixture.expect };
  return { command: member.command(target.target, body.sent, curated), target: target.target };
}
