import type { Check } from '../model/check';
import { UNAUTHENTICATED_VARIANTS } from '../model/credentials';
import type { TestCase } from '../model/testCase';

/** True when the check applies to forbidden-token cases only, so without that token it has nothing to test. */
export function onlyForbidden(check: Check): boolean {
  const applies = (testCase: TestCase) => {
    try {
      return check.appliesTo(testCase);
    } catch {
      return true;
    }
  };
  const others = [
    { mode: 'valid' as const },
    ...UNAUTHENTICATED_VARIANTS.map((variant) => ({ mode: 'unauthenticated' as const, variant })),
  ];
  // A check of sequences (it reads what the model expects) applies to no single probe: it is not forbidden-only.
  const forbidden = probes({ mode: 'forbidden' }).some(applies);
  return (
    forbidden && others.every((credentials) => probes(credentials).every((testCase) => !applies(testCase)))
  );
}

/** One case of each body kind with `credentials`, to ask a check what it applies to. */
function probes(credentials: TestCase['credentials']): TestCase[] {
  const base = {
    operationId: 'CreateUser',
    action: 'create' as const,
    pathParameters: {},
    credentials,
    bodyText: '{}',
    contentType: 'application/json',
    expectedStatuses: [],
    label: 'probe',
  };
  return [
    { ...base, body: { mode: 'valid', origin: { kind: 'generated' }, value: {} } },
    {
      ...base,
      body: {
        mode: 'malformed',
        origin: { kind: 'generated' },
        mutation: { name: 'probe', level: 'schema', description: 'probe', pointer: '' },
        value: {},
      },
    },
    {
      ...base,
      body: {
        mode: 'malformed',
        origin: { kind: 'generated' },
        mutation: { name: 'probe', level: 'transport', description: 'probe', pointer: '' },
      },
    },
  ];
}
