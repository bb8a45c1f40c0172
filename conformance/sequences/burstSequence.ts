import fc from 'fast-check';
import { isObject } from '../../core/json/jsonObject';
import type { Contract } from '../../core/spec/loadContract';
import { mutationContextOf } from '../cases/mutationContextOf';
import { type SentBody, validSentBody } from '../cases/sentBody';
import { schemaArbitrary } from '../generators/schemaArbitrary';
import { ConcurrentCreatesCommand } from './commands/concurrentCreatesCommand';
import { ConcurrentUpdatesCommand } from './commands/concurrentUpdatesCommand';
import { identifiersNotBlank } from './identifiersNotBlank';
import { requestBodies } from './requestBodies';
import type { ResourceOperations } from './resourceOperations';
import type { SequenceCommand } from './sequenceCommand';
import { patchedProperties } from './userExpectations';

/** Requests in one burst: enough for two to overlap whatever the server's pace, few enough to read. */
export const BURST_SIZE = 3;

/**
 * The bursts every run sends to a resource, fixed by the seed: two bursts of creates (duplicate ids, 5xx under
 * concurrency), then, when the run tests updates, two bursts of updates of different properties of one user,
 * each followed by a describe (lost updates). A race shows only when requests overlap: the kit sends a burst's
 * requests at once, whatever `--concurrency`.
 */
export function burstSequence(resource: ResourceOperations, seed: number): SequenceCommand[] {
  const creates = fc.sample(requestBodies(resource.create).valid, { seed, numRuns: 2 * BURST_SIZE });
  const commands: SequenceCommand[] = [
    new ConcurrentCreatesCommand(creates.slice(0, BURST_SIZE)),
    new ConcurrentCreatesCommand(creates.slice(BURST_SIZE)),
  ];
  if (resource.update) {
    const patches = singlePropertyPatches(resource, resource.update, seed);
    if (patches.length >= 2) {
      commands.push(new ConcurrentUpdatesCommand(0, patches.slice(0, BURST_SIZE)));
      commands.push(new ConcurrentUpdatesCommand(1, rotate(patches).slice(0, BURST_SIZE)));
    }
  }
  return commands;
}

/** One patch per property an update can set, each valid on its own, with values from the seed. */
function singlePropertyPatches(resource: ResourceOperations, update: Contract, seed: number): SentBody[] {
  const { requestSchema, requestSchemaPointer, requestMediaType } = update.operation;
  const properties = (requestSchema.properties ?? {}) as Record<string, unknown>;
  const everyProperty = { ...requestSchema, required: Object.keys(properties), additionalProperties: false };
  const context = mutationContextOf(update);
  const [full] = fc.sample(
    schemaArbitrary(everyProperty, {
      pointer: requestSchemaPointer,
      reservedPropertyNames: context.reservedPropertyNames,
    }).filter((value) => identifiersNotBlank(update, value)),
    { seed, numRuns: 1 },
  );
  if (!isObject(full)) return [];
  return patchedProperties(resource, full).map((name) =>
    validSentBody({ [name]: full[name] }, { kind: 'generated' }, requestMediaType),
  );
}

function rotate<T>(items: readonly T[]): T[] {
  return [...items.slice(BURST_SIZE), ...items.slice(0, BURST_SIZE)];
}
