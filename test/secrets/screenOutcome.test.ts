import { createSecrets } from '../../conformance/secrets/createSecrets';
import { screenOutcome } from '../../conformance/secrets/screenOutcome';

const TOKEN = 'valid-token-7f3a9c';
const FORBIDDEN = 'forbidden-token-2b8e41';
const secrets = createSecrets(TOKEN, FORBIDDEN);

test('a response: header names and values, set-cookie lists and the body redacted; each leak named', () => {
  const screened = screenOutcome(
    {
      kind: 'response',
      response: {
        status: 401,
        headers: {
          'content-type': 'application/json',
          'set-cookie': ['a=1', `t=${encodeURIComponent(TOKEN)}`],
          [`x-${TOKEN}`]: 'seen',
          'x-debug': Buffer.from(`Bearer ${FORBIDDEN}`).toString('base64'),
        },
        bodyText: `{"message":"bad token ${TOKEN}"}`,
      },
    },
    secrets,
  );
  expect(screened.outcome).toEqual({
    kind: 'response',
    response: {
      status: 401,
      headers: {
        'content-type': 'application/json',
        'set-cookie': ['a=1', 't=$CONTRACT_TOKEN'],
        'x-$CONTRACT_TOKEN': 'seen',
        'x-debug': 'QmVhcmVyIG$CONTRACT_FORBIDDEN_TOKEN=',
      },
      bodyText: '{"message":"bad token $CONTRACT_TOKEN"}',
    },
  });
  expect(screened.leaks).toEqual([
    { where: 'header set-cookie', variable: 'CONTRACT_TOKEN', form: 'as is' },
    { where: 'header x-$CONTRACT_TOKEN', variable: 'CONTRACT_TOKEN', form: 'as is' },
    { where: 'header x-debug', variable: 'CONTRACT_FORBIDDEN_TOKEN', form: 'base64' },
    { where: 'body', variable: 'CONTRACT_TOKEN', form: 'as is' },
  ]);
});

test('two header names that read the same once redacted keep both values', () => {
  const screened = screenOutcome(
    {
      kind: 'response',
      response: {
        status: 200,
        headers: { [`x-${TOKEN}`]: 'one', [`x-${TOKEN}`.toUpperCase()]: 'two' },
        bodyText: '',
      },
    },
    createSecrets(TOKEN, TOKEN.toUpperCase()),
  );
  expect(screened.outcome.kind === 'response' && screened.outcome.response.headers).toEqual({
    'x-$CONTRACT_TOKEN': 'one',
    'X-$CONTRACT_FORBIDDEN_TOKEN': 'two',
  });
});

test('a connection error message is redacted; a timeout is left as it is', () => {
  const error = {
    kind: 'connection-error' as const,
    code: 'EPROTO',
    message: `bad header near ${TOKEN}`,
    connected: true,
  };
  expect(screenOutcome(error, secrets)).toEqual({
    outcome: { ...error, message: 'bad header near $CONTRACT_TOKEN' },
    leaks: [],
  });
  const timeout = { kind: 'timeout' as const, timeoutMs: 100, connected: true };
  expect(screenOutcome(timeout, secrets)).toEqual({ outcome: timeout, leaks: [] });
});

test('a token of regular-expression characters is found as written, and only as written', () => {
  const token = 'a+b.c*d(e)|f$^[g]\\h?';
  const tokens = createSecrets(token, FORBIDDEN);
  const answer = (bodyText: string) =>
    screenOutcome({ kind: 'response', response: { status: 400, headers: {}, bodyText } }, tokens);
  expect(answer(`{"echo":${JSON.stringify(token)}}`).leaks).toEqual([
    { where: 'body', variable: 'CONTRACT_TOKEN', form: 'JSON-escaped' },
  ]);
  expect(answer('aab.ccd(e)|f$^[g]\\h').leaks).toEqual([]);
  expect(answer(`x-${token}`).outcome).toEqual({
    kind: 'response',
    response: { status: 400, headers: {}, bodyText: 'x-$CONTRACT_TOKEN' },
  });
});
