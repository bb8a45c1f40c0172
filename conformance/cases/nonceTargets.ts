import type { Contract } from '../../core/spec/loadContract';
import type { TestCase } from '../model/testCase';
import { type SchemaLocation, schemaLocations } from '../mutations/schemaLocations';

/** The extension that marks a request property as identifying: a server may refuse a value it has seen. */
export const UNIQUE_EXTENSION = 'x-lakesail-unique';

function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * The string values of a case's body that should carry the run's nonce: properties marked
 * `x-lakesail-unique: true`, outside the part a schema-level mutation broke (which must stay broken), in a body
 * that is JSON.
 */
export function nonceTargets(contract: Contract, testCase: Pick<TestCase, 'body'>): SchemaLocation[] {
  const { body } = testCase;
  if (body.value === undefined) return [];
  // A transport-level mutation (text/plain) leaves the JSON value whole: it carries the nonce like a valid one.
  const broken =
    body.mode === 'malformed' && body.mutation.level === 'schema' ? body.mutation.pointer : undefined;
  if (broken === '') return [];
  return schemaLocations(contract.operation.requestSchema, body.value).filter(
    (location) =>
      location.schema[UNIQUE_EXTENSION] === true &&
      typeof location.value === 'string' &&
      (broken === undefined || !isWithin(location.pointer, broken)),
  );
}
