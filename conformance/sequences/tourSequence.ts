import fc from 'fast-check';
import { isObject } from '../../core/json/jsonObject';
import type { SentBody } from '../cases/sentBody';
import type { Credentials } from '../model/credentials';
import { CreateCommand } from './commands/createCommand';
import { DescribeCommand } from './commands/describeCommand';
import { UpdateCommand } from './commands/updateCommand';
import { requestBodies } from './requestBodies';
import type { ResourceOperations } from './resourceOperations';
import type { SequenceCommand } from './sequenceCommand';
import { patchedProperties } from './userExpectations';
import type { UserTarget } from './userTarget';

const VALID: Credentials = { mode: 'valid' };
const FORBIDDEN: Credentials = { mode: 'forbidden' };
const NO_TOKEN: Credentials = { mode: 'unauthenticated', variant: 'no-authorization' };
const USER_1: UserTarget = { kind: 'existing', index: 0 };

/** Bodies sampled to find one of a kind (a malformed patch that is still a JSON object naming a property). */
const SAMPLES = 30;

/**
 * The tour every run sends to a resource before its random sequences, fixed by the seed: each rule of the
 * resource once, on one user. Create it; describe it; update it and describe it; a malformed, a forbidden and an
 * unauthenticated update (each followed by a describe: nothing may change); describe it forbidden and without
 * a token; an ID no user has and a malformed one, described and updated; a malformed and a forbidden create
 * (each followed by a create reusing its username and email). Random sequences may miss a rule in a short run
 * (`--runs 10`); the tour never does.
 */
export function tourSequence(
  resource: ResourceOperations,
  hasForbiddenToken: boolean,
  seed: number,
): SequenceCommand[] {
  const creates = requestBodies(resource.create);
  const [first, reuse, forbiddenCreate] = fc.sample(creates.valid, { seed, numRuns: 3 }) as SentBody[];
  const malformedCreate = fc
    .sample(creates.malformed, { seed, numRuns: SAMPLES })
    .find((sent) => isObject(sent.body.value));
  const commands: (SequenceCommand | undefined)[] = [new CreateCommand(VALID, first as SentBody)];
  const canForbid = (command: SequenceCommand) => (hasForbiddenToken ? command : undefined);
  if (resource.describe) commands.push(new DescribeCommand(VALID, USER_1));
  if (resource.update) commands.push(...updates(resource, seed, canForbid));
  if (resource.describe) {
    commands.push(
      canForbid(new DescribeCommand(FORBIDDEN, USER_1)),
      new DescribeCommand(NO_TOKEN, USER_1),
      new DescribeCommand(VALID, { kind: 'missing' }),
      new DescribeCommand(VALID, { kind: 'malformed', index: 0 }),
    );
  }
  commands.push(
    malformedCreate && new CreateCommand(VALID, malformedCreate, reuse),
    canForbid(new CreateCommand(FORBIDDEN, forbiddenCreate as SentBody, reuse)),
  );
  return commands.filter((command) => command !== undefined);
}

/** The update rules: applied and shown; refused (malformed, forbidden, no token) and unchanged; unknown IDs. */
function updates(
  resource: ResourceOperations,
  seed: number,
  canForbid: (command: SequenceCommand) => SequenceCommand | undefined,
): (SequenceCommand | undefined)[] {
  if (!resource.update) return [];
  const bodies = requestBodies(resource.update);
  const names = (sent: SentBody) =>
    isObject(sent.body.value) ? patchedProperties(resource, sent.body.value) : [];
  const patches = fc
    .sample(bodies.valid, { seed, numRuns: SAMPLES })
    .filter((sent) => names(sent).length > 0);
  const malformed = fc
    .sample(bodies.malformed, { seed, numRuns: SAMPLES })
    .find((sent) => names(sent).length > 0);
  if (patches.length === 0) return [];
  // A different patch for each rule where there are enough, so that one value cannot stand for them all.
  const patch = (index: number) => patches[index % patches.length] as SentBody;
  return [
    new UpdateCommand(VALID, USER_1, patch(0)),
    resource.describe && new DescribeCommand(VALID, USER_1),
    malformed && new UpdateCommand(VALID, USER_1, malformed),
    canForbid(new UpdateCommand(FORBIDDEN, USER_1, patch(1))),
    new UpdateCommand(NO_TOKEN, USER_1, patch(2)),
    new UpdateCommand(VALID, { kind: 'missing' }, patch(3)),
    new UpdateCommand(VALID, { kind: 'malformed', index: 0 }, patch(4)),
  ];
}
