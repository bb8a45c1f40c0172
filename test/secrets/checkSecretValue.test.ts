import { createSecrets } from '../../conformance/secrets/createSecrets';

test('a token of 8 visible ASCII characters or more is a secret with its variable and forms', () => {
  const [valid, forbidden] = createSecrets('8-chars!', 'forbidden-0123');
  expect(valid).toMatchObject({ mode: 'valid', value: '8-chars!', variable: 'CONTRACT_TOKEN' });
  expect(forbidden).toMatchObject({ mode: 'forbidden', variable: 'CONTRACT_FORBIDDEN_TOKEN' });
  expect(valid?.forms.map((form) => form.name)).toEqual(expect.arrayContaining(['as is', 'base64', 'hex']));
});

test.each([
  ['a short token', ['7-chars', undefined], 'token is shorter than 8 characters: '],
  ['a short forbidden token', ['valid-token-0123', 'x'], 'forbiddenToken is shorter than 8 characters: '],
  [
    'a token with a space',
    ['valid token 0123', undefined],
    'token has a character a bearer token cannot have',
  ],
  ['a non-ASCII token', ['valid-tokén-0123', undefined], 'token has a character a bearer token cannot have'],
  ['a token that is no string', [12345678, undefined], 'token must be a string'],
] as [string, [string, string | undefined], string][])(
  'a usage error naming the option, never the value: %s',
  (_name, [token, forbidden], message) => {
    let thrown: unknown;
    try {
      createSecrets(token, forbidden);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'UsageError', message: expect.stringContaining(message) });
    const text = (thrown as Error).message;
    expect(text).not.toContain(String(token));
    if (forbidden !== undefined) expect(text).not.toContain(`${forbidden} `);
    expect(text).not.toMatch(/\n/);
  },
);
