import { createSecrets } from '../../conformance/secrets/createSecrets';
import { redactStrings } from '../../conformance/secrets/redactStrings';

const TOKEN = 'bodyText';

test('string values are redacted; keys, numbers and structure are not', () => {
  const secrets = createSecrets(TOKEN, undefined);
  const value = {
    bodyText: `{"echo":"${TOKEN}"}`,
    headers: { 'x-bodyText': [TOKEN, 'other'] },
    status: 401,
    nothing: null,
    list: [{ bodyText: 'plain' }],
  };
  expect(redactStrings(value, secrets)).toEqual({
    bodyText: '{"echo":"$CONTRACT_TOKEN"}',
    headers: { 'x-bodyText': ['$CONTRACT_TOKEN', 'other'] },
    status: 401,
    nothing: null,
    list: [{ bodyText: 'plain' }],
  });
});
