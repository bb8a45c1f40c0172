import { expectedStatuses } from '../../conformance/cases/expectedStatuses';
import type { Credentials } from '../../conformance/model/credentials';
import type { BodyCase, Mutation } from '../../conformance/model/testCase';

const origin = { kind: 'generated' as const };
const valid: BodyCase = { mode: 'valid', origin, value: {} };
const malformed = (name: string, level: Mutation['level'] = 'schema'): BodyCase => ({
  mode: 'malformed',
  origin,
  mutation: { name, level, description: name, pointer: '' },
});

test.each<[string, Credentials, BodyCase, number[]]>([
  ['valid token, valid body', { mode: 'valid' }, valid, [201]],
  ['valid token, schema-level malformed body', { mode: 'valid' }, malformed('change-type'), [400]],
  ['valid token, invalid JSON', { mode: 'valid' }, malformed('invalid-json-syntax', 'transport'), [400]],
  ['valid token, empty body', { mode: 'valid' }, malformed('empty-body', 'transport'), [400]],
  [
    'valid token, wrong Content-Type',
    { mode: 'valid' },
    malformed('wrong-content-type', 'transport'),
    [400, 415],
  ],
  ['no Authorization', { mode: 'unauthenticated', variant: 'no-authorization' }, valid, [401]],
  ['another scheme', { mode: 'unauthenticated', variant: 'other-scheme' }, valid, [401]],
  ['empty bearer', { mode: 'unauthenticated', variant: 'empty-bearer' }, valid, [401]],
  ['unknown token', { mode: 'unauthenticated', variant: 'unknown-token' }, valid, [401]],
  ['forbidden token, valid body', { mode: 'forbidden' }, valid, [403]],
  [
    'forbidden token, malformed body',
    { mode: 'forbidden' },
    malformed('remove-required-property'),
    [403, 400],
  ],
  [
    'forbidden token, wrong Content-Type',
    { mode: 'forbidden' },
    malformed('wrong-content-type', 'transport'),
    [403, 400, 415],
  ],
])('%s → %j', (_name, credentials, body, statuses) => {
  expect(expectedStatuses(credentials, body)).toEqual(statuses);
});
