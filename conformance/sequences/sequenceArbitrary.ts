import fc from 'fast-check';
import type { Credentials } from '../model/credentials';
import { UNAUTHENTICATED_VARIANTS } from '../model/credentials';
import { CreateCommand } from './commands/createCommand';
import { DescribeCommand } from './commands/describeCommand';
import { ReuseRefusedCreateCommand } from './commands/reuseRefusedCreateCommand';
import { UpdateCommand } from './commands/updateCommand';
import { requestBodies } from './requestBodies';
import type { ResourceOperations } from './resourceOperations';
import type { SequenceCommand } from './sequenceCommand';
import type { UserTarget } from './userTarget';

/** Commands in one sequence at most: enough for create, refuse, update, describe chains; short to read when shrunk. */
export const MAX_COMMANDS = 10;

/**
 * The sequences a run sends to a resource: a create, then up to MAX_COMMANDS - 1 commands of every operation the run tests,
 * in every credential mode (mostly valid, so users exist to describe and update) and body mode. An array, not
 * `fc.commands`: fast-check replays an array from `{ seed, path }` alone, and a command that cannot run yet (a
 * describe before any create) is skipped when the sequence runs.
 */
export function sequenceArbitrary(
  resource: ResourceOperations,
  hasForbiddenToken: boolean,
): fc.Arbitrary<SequenceCommand[]> {
  const credentials = credentialsArbitrary(hasForbiddenToken);
  const createBodies = requestBodies(resource.create);
  const commands: fc.WeightedArbitrary<SequenceCommand>[] = [
    {
      weight: 3,
      arbitrary: fc
        .tuple(credentials, bodyOf(createBodies), createBodies.valid)
        .map(([presented, sent, reuse]) => new CreateCommand(presented, sent, reuse)),
    },
    {
      // Skipped unless a create was refused before it (and not reused yet).
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat({ max: 7 }), createBodies.valid)
        .map(([index, sent]) => new ReuseRefusedCreateCommand(index, sent)),
    },
  ];
  if (resource.describe) {
    commands.push({
      weight: 3,
      arbitrary: fc
        .tuple(credentials, targetArbitrary())
        .map(([presented, target]) => new DescribeCommand(presented, target)),
    });
  }
  if (resource.update) {
    const updateBodies = requestBodies(resource.update);
    commands.push({
      weight: 3,
      arbitrary: fc
        .tuple(credentials, targetArbitrary(), bodyOf(updateBodies))
        .map(([presented, target, sent]) => new UpdateCommand(presented, target, sent)),
    });
  }
  // Every sequence starts with a user to work on; then lengths up to the maximum (fast-check's default size keeps
  // arrays short, and a defect may take a few steps to show). Unbiased: fast-check's bias gives the first runs
  // short, simple values, and a run of 15 sequences would be mostly two-step ones that show little.
  const first = createBodies.valid.map((sent): SequenceCommand => new CreateCommand({ mode: 'valid' }, sent));
  const rest = fc.array(fc.oneof(...commands), { maxLength: MAX_COMMANDS - 1, size: 'max' });
  return fc.noBias(fc.tuple(first, rest).map(([create, more]) => [create, ...more]));
}

/**
 * The ways without valid credentials a sequence presents, on any request: all but the token moved into the body,
 * which needs a JSON object body (a describe has none; the single-request phase sends that one).
 */
const SEQUENCE_VARIANTS = UNAUTHENTICATED_VARIANTS.filter((variant) => variant !== 'token-in-body');

function credentialsArbitrary(hasForbiddenToken: boolean): fc.Arbitrary<Credentials> {
  const modes: fc.WeightedArbitrary<Credentials>[] = [
    { weight: 8, arbitrary: fc.constant<Credentials>({ mode: 'valid' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...SEQUENCE_VARIANTS)
        .map((variant): Credentials => ({ mode: 'unauthenticated', variant })),
    },
  ];
  if (hasForbiddenToken)
    modes.push({ weight: 2, arbitrary: fc.constant<Credentials>({ mode: 'forbidden' }) });
  return fc.oneof(...modes);
}

function bodyOf(bodies: ReturnType<typeof requestBodies>) {
  // Refused requests are a third: what matters in a sequence is what follows them.
  return fc.oneof({ weight: 2, arbitrary: bodies.valid }, { weight: 1, arbitrary: bodies.malformed });
}

function targetArbitrary(): fc.Arbitrary<UserTarget> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 7 }).map((index): UserTarget => ({ kind: 'existing', index })) },
    { weight: 1, arbitrary: fc.constant<UserTarget>({ kind: 'missing' }) },
    { weight: 1, arbitrary: fc.nat({ max: 7 }).map((index): UserTarget => ({ kind: 'malformed', index })) },
  );
}
