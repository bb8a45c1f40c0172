import fc from 'fast-check';
import type { CaseGroup, CasePlan } from '../../../conformance/cases/planCases';
import type { Credentials } from '../../../conformance/model/credentials';
import type { TestCase } from '../../../conformance/model/testCase';
import type { Contract } from '../../../core/spec/loadContract';

/**
 * Tiny stand-ins for the case planner and the nonce, so the runner is tested on its own: bodies derived from
 * the spec's request schema (short names of letters, `name@example.com` for `format: email`).
 */
type Schema = { properties?: Record<string, { format?: string; 'x-lakesail-unique'?: boolean }> };

export function standInBody(contract: Contract): fc.Arbitrary<Record<string, string>> {
  const properties = (contract.operation.requestSchema as Schema).properties ?? {};
  const name = fc.stringMatching(/^[a-zA-Z]{1,12}$/);
  const record: Record<string, fc.Arbitrary<string>> = {};
  for (const [property, schema] of Object.entries(properties)) {
    record[property] = schema.format === 'email' ? name.map((local) => `${local}@example.com`) : name;
  }
  return fc.record(record);
}

export function validCase(
  value: unknown,
  credentials: Credentials = { mode: 'valid' },
  label = 'generated',
): TestCase {
  const expected = { valid: [201], forbidden: [403], unauthenticated: [401] }[credentials.mode];
  return {
    operationId: 'CreateUser',
    action: 'create' as const,
    pathParameters: {},
    credentials,
    body: { mode: 'valid', origin: { kind: 'generated' }, value },
    bodyText: JSON.stringify(value),
    contentType: 'application/json',
    expectedStatuses: expected,
    label: `${credentials.mode} token, ${label}`,
  };
}

export function standInGroup(contract: Contract, credentials: Credentials): CaseGroup {
  return {
    name: `${credentials.mode === 'unauthenticated' ? credentials.variant : credentials.mode}-valid`,
    credentials: credentials.mode,
    bodyMode: 'valid',
    arbitrary: standInBody(contract).map((value) => validCase(value, credentials)),
  };
}

/** Two explicit cases (the spec's first example, with a valid and a forbidden token) and three groups. */
export function standInPlan(contract: Contract): CasePlan {
  const examples = (contract.document as any).paths['/api/org/v1/users'].post.requestBody.content[
    'application/json'
  ].examples;
  const ada = examples.ada.value as Record<string, string>;
  return {
    warnings: [],
    explicit: [
      validCase(ada, { mode: 'valid' }, 'example ada'),
      validCase(ada, { mode: 'forbidden' }, 'example ada'),
    ],
    groups: [
      standInGroup(contract, { mode: 'valid' }),
      standInGroup(contract, { mode: 'unauthenticated', variant: 'unknown-token' }),
      standInGroup(contract, { mode: 'forbidden' }),
    ],
  };
}

/** Appends the nonce to every `x-lakesail-unique` value (before the `@` of an email). */
export function standInWithNonce(contract: Contract, testCase: TestCase, nonce: string): TestCase {
  if (testCase.body.mode !== 'valid') return testCase;
  const properties = (contract.operation.requestSchema as Schema).properties ?? {};
  const value = { ...(testCase.body.value as Record<string, string>) };
  for (const [property, schema] of Object.entries(properties)) {
    const current = value[property];
    if (!schema['x-lakesail-unique'] || typeof current !== 'string' || current === '') continue;
    value[property] = current.includes('@') ? current.replace('@', `.${nonce}@`) : `${current}.${nonce}`;
  }
  return { ...testCase, body: { ...testCase.body, value }, bodyText: JSON.stringify(value) };
}
