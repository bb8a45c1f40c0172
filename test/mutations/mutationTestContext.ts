import type { MutationContext } from '../../conformance/mutations';
import { loadFixtures } from '../../core/fixtures/loadFixtures';
import { type Contract, loadContract } from '../../core/spec/loadContract';

let shipped: Promise<Contract> | undefined;

/** The shipped contract, a mutation context for its request schema and its plainest valid fixture body. */
export async function shippedContext(): Promise<{
  contract: Contract;
  context: MutationContext;
  body: unknown;
}> {
  // One contract per test file: each validator then compiles its schema objects once.
  shipped ??= loadContract();
  const contract = await shipped;
  const context: MutationContext = {
    schema: contract.operation.requestSchema,
    mediaType: contract.operation.requestMediaType,
    reservedPropertyNames: new Set(['id', 'createdAt', 'updatedAt']),
  };
  const body = loadFixtures().find((fixture) => fixture.id === 'valid-plain-ascii')?.body;
  return { contract, context, body };
}

/** A context for a small schema of a test's own. */
export function contextFor(schema: Record<string, unknown>): MutationContext {
  return { schema, mediaType: 'application/json', reservedPropertyNames: new Set() };
}
