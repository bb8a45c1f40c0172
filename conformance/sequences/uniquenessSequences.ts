import fc from 'fast-check';
import { isObject } from '../../core/json/jsonObject';
import { UNIQUE_EXTENSION } from '../cases/nonceTargets';
import { type SentBody, validSentBody } from '../cases/sentBody';
import { CreateCommand } from './commands/createCommand';
import { DescribeCommand } from './commands/describeCommand';
import { TakenValueCreateCommand } from './commands/takenValueCreateCommand';
import { TakenValueUpdateCommand } from './commands/takenValueUpdateCommand';
import { UpdateCommand } from './commands/updateCommand';
import { requestBodies } from './requestBodies';
import type { ResourceOperations } from './resourceOperations';
import type { SequenceCommand } from './sequenceCommand';

const USER_1 = 0;

/**
 * One sequence per unique property of the create (`x-lakesail-unique`), fixed by the seed, that learns the
 * server's choices and holds it to them: a create with user 1's value (409 or 201: learned); an update setting
 * user 1's own value (200: no other user has it); a create with it in other letter case (once the exact one is
 * refused: learned); an update setting it onto another user (learned); then user 1's value changed: a create
 * with the former value (no user has it: 201) and with the new one (as learned: a server that refuses taken
 * values must refuse it too).
 */
export function uniquenessSequences(resource: ResourceOperations, seed: number): SequenceCommand[][] {
  const { operationId } = resource.create.operation;
  const bodies = fc.sample(requestBodies(resource.create).valid, { seed, numRuns: 8 }) as SentBody[];
  const body = (index: number) => bodies[index % bodies.length] as SentBody;
  return uniqueProperties(resource).map((property) => {
    const taken = (kind: 'exact' | 'other-case' | 'former', index: number) =>
      new TakenValueCreateCommand(operationId, property, USER_1, kind, body(index));
    const update = resource.update;
    const takesIt = update !== undefined && takesProperty(update.operation.requestSchema, property);
    const commands: (SequenceCommand | undefined)[] = [
      new CreateCommand({ mode: 'valid' }, body(0)),
      taken('exact', 1),
      // Before any other user has the value in other letter case: it is user 1's alone.
      takesIt
        ? new TakenValueUpdateCommand(update.operation.operationId, property, USER_1, USER_1)
        : undefined,
      taken('other-case', 2),
      ...(takesIt ? changes(resource, property, body) : []),
    ];
    return commands.filter((command) => command !== undefined);
  });
}

/** The steps that change who has the value, when the run tests an update that takes the property. */
function changes(
  resource: ResourceOperations,
  property: string,
  body: (index: number) => SentBody,
): (SequenceCommand | undefined)[] {
  const update = resource.update;
  const fresh = body(4).body.value;
  if (!update || !isObject(fresh)) return [];
  const { operationId } = update.operation;
  const { operationId: createId } = resource.create.operation;
  // A new value for user 1 (with the run's nonce, as sent): its former one is then nobody's.
  const rename = validSentBody(
    { [property]: fresh[property] },
    { kind: 'generated' },
    update.operation.requestMediaType,
  );
  return [
    new CreateCommand({ mode: 'valid' }, body(3)),
    new TakenValueUpdateCommand(operationId, property, USER_1, 'newest'),
    new UpdateCommand({ mode: 'valid' }, { kind: 'existing', index: USER_1 }, rename),
    resource.describe && new DescribeCommand({ mode: 'valid' }, { kind: 'existing', index: USER_1 }),
    new TakenValueCreateCommand(createId, property, USER_1, 'former', body(5)),
    new TakenValueCreateCommand(createId, property, USER_1, 'exact', body(6)),
  ];
}

/** The create's top-level properties marked unique: the ones a server may refuse when another user has them. */
function uniqueProperties(resource: ResourceOperations): string[] {
  const properties = (resource.create.operation.requestSchema as { properties?: Record<string, unknown> })
    .properties;
  return Object.entries(properties ?? {})
    .filter(([, schema]) => isObject(schema) && schema[UNIQUE_EXTENSION] === true)
    .map(([name]) => name);
}

function takesProperty(schema: object, property: string): boolean {
  const properties = (schema as { properties?: Record<string, unknown> }).properties;
  return properties !== undefined && Object.hasOwn(properties, property);
}
