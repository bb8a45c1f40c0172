import type { RequestFixture, TransportFault } from '../../core/fixtures/requestFixture';
import type { Contract } from '../../core/spec/loadContract';
import type { Mutation, TestCase } from '../model/testCase';
import { type SentBody, toTestCase } from './sentBody';

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

/** The named mutation a curated malformed fixture stands for. */
export function fixtureMutation(fixture: RequestFixture): Mutation {
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

/**
 * A curated fixture as a case sent with the valid token, expecting the fixture's own statuses; or, when the
 * spec in use disagrees with it (a valid fixture the schema refuses, a schema-level malformed one it accepts),
 * the warning that says why it is not sent.
 */
export function fixtureCase(contract: Contract, fixture: RequestFixture): TestCase | { warning: string } {
  const origin = { kind: 'fixture' as const, fixtureId: fixture.id };
  const { requestSchema } = contract.operation;
  if (fixture.kind === 'valid') {
    const issue = contract.validator.validate(requestSchema, fixture.body)[0];
    if (issue)
      return { warning: `fixture ${fixture.id} is not sent: the spec refuses it (${issue.message})` };
  } else if (!fixture.transport && contract.validator.validate(requestSchema, fixture.body).length === 0) {
    return { warning: `fixture ${fixture.id} is not sent: the spec accepts it, so it is not malformed` };
  }
  const sent: SentBody = {
    body:
      fixture.kind === 'valid'
        ? { mode: 'valid', origin, value: fixture.body }
        : { mode: 'malformed', origin, mutation: fixtureMutation(fixture), value: fixture.body },
    bodyText: fixture.bodyText,
    contentType: fixture.contentType,
  };
  return toTestCase(
    {
      operationId: contract.operation.operationId,
      action: contract.operation.semantics?.action ?? 'create',
      pathParameters: {},
    },
    { mode: 'valid' },
    sent,
    fixture.expect,
  );
}
