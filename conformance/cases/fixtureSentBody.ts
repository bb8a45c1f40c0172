import type { RequestFixture, TransportFault } from '../../core/fixtures/requestFixture';
import type { OperationContract } from '../../core/spec/operationContract';
import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { Mutation } from '../model/testCase';
import type { SentBody } from './sentBody';

const TRANSPORT_MUTATIONS: Record<TransportFault, string> = {
  'invalid-json': 'invalid-json-syntax',
  'wrong-content-type': 'wrong-content-type',
  'empty-body': 'empty-body',
};

const KEYWORD_MUTATIONS: Record<string, string> = {
  required: 'remove-required-property',
  type: 'change-type',
  format: 'violate-format',
  minLength: 'violate-length',
  maxLength: 'violate-length',
  pattern: 'violate-pattern',
  enum: 'violate-enum',
  const: 'violate-enum',
  minimum: 'violate-range',
  maximum: 'violate-range',
  exclusiveMinimum: 'violate-range',
  exclusiveMaximum: 'violate-range',
  additionalProperties: 'add-disallowed-property',
};

/**
 * The body a curated fixture sends (undefined for a request without one), as the kit judges it: valid, or
 * malformed by the named mutation it stands for. A body the spec in use disagrees with (a valid one it refuses,
 * a schema-level malformed one it accepts, one for an operation that takes none) is not sent: `notSent` says why.
 * A fixture whose fault is in a path parameter has a valid body.
 */
export function fixtureSentBody(
  operation: OperationContract,
  validator: SchemaValidator,
  fixture: RequestFixture,
): { sent: SentBody | undefined } | { notSent: string } {
  const schema = operation.requestBody?.schema;
  if (schema === undefined) {
    if (fixture.contentType === undefined) return { sent: undefined };
    return { notSent: `${operation.operationId} takes no request body, and it sends one` };
  }
  const origin = { kind: 'fixture' as const, fixtureId: fixture.id };
  const text = { bodyText: fixture.bodyText, contentType: fixture.contentType };
  if (fixture.kind === 'valid' || fixture.violates?.parameter !== undefined) {
    const issue = validator.validate(schema, fixture.body)[0];
    if (issue) return { notSent: `the spec refuses it (${issue.message})` };
    return { sent: { body: { mode: 'valid', origin, value: fixture.body }, ...text } };
  }
  if (!fixture.transport && validator.validate(schema, fixture.body).length === 0) {
    return { notSent: 'the spec accepts it, so it is not malformed' };
  }
  const mutation = fixtureMutation(fixture);
  return { sent: { body: { mode: 'malformed', origin, mutation, value: fixture.body }, ...text } };
}

/** The named mutation a curated malformed fixture stands for. */
function fixtureMutation(fixture: RequestFixture): Mutation {
  if (fixture.transport) {
    return {
      name: TRANSPORT_MUTATIONS[fixture.transport],
      level: 'transport',
      description: fixture.reason,
      pointer: '',
    };
  }
  const keyword = fixture.violates?.keyword ?? 'unknown';
  const pointer = fixture.violates?.pointer ?? '';
  const name =
    keyword === 'type' && pointer === ''
      ? 'not-an-object'
      : (KEYWORD_MUTATIONS[keyword] ?? `violate-${keyword}`);
  return { name, level: 'schema', description: fixture.reason, pointer };
}
