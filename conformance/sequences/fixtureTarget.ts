import type { RequestFixture } from '../../core/fixtures/requestFixture';
import type { OperationContract } from '../../core/spec/operationContract';
import type { SchemaValidator } from '../../core/spec/schemaValidator';
import { idSchema, type UserTarget } from './userTarget';

/** The user of the sequence that sends a fixture: the one it creates first. */
const CREATED_FIRST: UserTarget = { kind: 'existing', index: 0 };

/**
 * The user a fixture's request names, from its path parameters: `{ $resource: existing }` the user its sequence
 * creates first, `{ $resource: missing }` an id no user has, a literal as written. A sequence fills one path
 * parameter, the resource's ID (`x-lakesail-role: id`); a fixture it cannot send as written, or whose literal ID
 * the spec disagrees with (a valid fixture's ID it refuses, a malformed one it accepts), is not sent: `notSent`
 * says why.
 */
export function fixtureTarget(
  operation: OperationContract,
  validator: SchemaValidator,
  fixture: RequestFixture,
): { target: UserTarget } | { notSent: string } {
  const name = operation.semantics?.resourceParameter;
  const others = operation.parameters.filter(
    (parameter) => parameter.in === 'path' && parameter.name !== name,
  );
  if (name === undefined || others.length > 0) {
    return { notSent: `${operation.operationId} has path parameters besides its resource's ID` };
  }
  const unknown = Object.keys(fixture.pathParameters).find((given) => given !== name);
  if (unknown !== undefined) {
    return { notSent: `it gives path parameter ${unknown}, which ${operation.operationId} does not have` };
  }
  const value = fixture.pathParameters[name];
  if (value === undefined) return { notSent: `it gives no value for path parameter ${name}` };
  if ('resource' in value) {
    return { target: value.resource === 'existing' ? CREATED_FIRST : { kind: 'missing' } };
  }
  return literalTarget(operation, validator, fixture, value.literal);
}

function literalTarget(
  operation: OperationContract,
  validator: SchemaValidator,
  fixture: RequestFixture,
  id: string,
): { target: UserTarget } | { notSent: string } {
  // Clients and servers remove dot segments from a path (RFC 3986): such an ID names no user at all.
  if (id === '.' || id === '..') return { notSent: `its ID ${id} is a dot segment, which no path keeps` };
  const schema = idSchema(operation);
  const issue = schema === undefined ? undefined : validator.validate(schema, id)[0];
  const meantToBreak = fixture.violates?.parameter !== undefined;
  if (meantToBreak && issue === undefined) {
    return { notSent: 'the spec accepts its ID, so it is not malformed' };
  }
  if (!meantToBreak && issue !== undefined) {
    return { notSent: `the spec refuses its ID (${issue.message.replace(/^\(root\) /, '')})` };
  }
  return { target: { kind: 'literal', id } };
}
