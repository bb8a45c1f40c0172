import { carriesNonce } from '../../conformance/cases/carriesNonce';
import { malformedSentBody, toTestCase, validSentBody } from '../../conformance/cases/sentBody';

const CREATE_USER = { operationId: 'CreateUser', action: 'create' as const, pathParameters: {} };

import { nonceDigits } from '../../conformance/cases/insertNonce';
import { withNonce } from '../../conformance/cases/withNonce';
import type { TestCase } from '../../conformance/model/testCase';
import { formUrlencodedBody } from '../../conformance/mutations/formUrlencodedBody';
import { invalidJsonSyntax } from '../../conformance/mutations/invalidJsonSyntax';
import { multipartFormBody } from '../../conformance/mutations/multipartFormBody';
import { violateFormat } from '../../conformance/mutations/violateFormat';
import { wrongContentType } from '../../conformance/mutations/wrongContentType';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import { createScratch } from '../support/specCopy';

const NONCE = 'r7k2x90000003';
const origin = { kind: 'generated' as const };
const context = (contract: Contract) => ({
  schema: contract.operation.requestSchema,
  mediaType: 'application/json',
  reservedPropertyNames: new Set<string>(),
});

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

function validCase(value: Record<string, unknown>): TestCase {
  return toTestCase(CREATE_USER, { mode: 'valid' }, validSentBody(value, origin, 'application/json'));
}

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    username: 'ada',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    displayName: 'Ada Lovelace',
    ...overrides,
  };
}

describe('withNonce', () => {
  test('puts the nonce into every identifying property (x-lakesail-unique), and nowhere else', () => {
    const nonced = withNonce(contract, validCase(body()), NONCE);
    expect(nonced.body.value).toEqual(body({ username: `ada.${NONCE}`, email: `ada.${NONCE}@example.com` }));
    expect(nonced.bodyText).toBe(JSON.stringify(nonced.body.value));
    expect(nonced.label).toBe('valid token, generated body');
  });

  test('never changes the case it is given', () => {
    const original = validCase(body());
    const text = original.bodyText;
    withNonce(contract, original, NONCE);
    expect(original.bodyText).toBe(text);
    expect((original.body.value as { username: string }).username).toBe('ada');
  });

  test('keeps the length of long values (it overwrites their tail) and surrounding whitespace', () => {
    const long = 'u'.repeat(10000);
    const nonced = withNonce(contract, validCase(body({ username: long })), NONCE);
    const username = (nonced.body.value as { username: string }).username;
    expect(username).toHaveLength(10000);
    expect(username.endsWith(NONCE)).toBe(true);

    const spaced = withNonce(contract, validCase(body({ username: ' \tada  ' })), NONCE);
    expect((spaced.body.value as { username: string }).username).toBe(` \tada.${NONCE}  `);
  });

  test('overwrites whole code points only: no lone surrogate in a long emoji value', () => {
    const rockets = '🚀'.repeat(300);
    const nonced = withNonce(contract, validCase(body({ username: rockets })), NONCE);
    const username = (nonced.body.value as { username: string }).username;
    expect(Array.from(username)).toHaveLength(300);
    expect(username).toBe(`${'🚀'.repeat(300 - NONCE.length)}${NONCE}`);
    expect(username).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });

  test('keeps emails plainly valid: the nonce goes into the local part', () => {
    for (const email of ['ada@example.com', 'jose.nunez@mail.example.com', 'x@example.org']) {
      const nonced = withNonce(contract, validCase(body({ email })), NONCE);
      const value = (nonced.body.value as { email: string }).email;
      expect(value).toMatch(new RegExp(`^[a-z.]+\\.${NONCE}@[a-z.]+$`));
      expect(contract.validator.validate(contract.operation.requestSchema, nonced.body.value)).toEqual([]);
    }
  });

  test('keeps a local part of digits only digits only, and unique: the nonce in decimal', () => {
    const nonced = withNonce(contract, validCase(body({ email: '1234567890@example.com' })), NONCE);
    const email = (nonced.body.value as { email: string }).email;
    expect(email).toMatch(/^1234567890\d+@example\.com$/);
    const other = withNonce(contract, validCase(body({ email: '1234567890@example.com' })), `${NONCE}1`);
    expect((other.body.value as { email: string }).email).not.toBe(email);
    expect(nonceDigits('0a')).not.toBe(nonceDigits('a'));
  });

  test('leaves a value that cannot carry it alone, and carriesNonce says so', () => {
    for (const username of ['', '   ']) {
      const testCase = validCase(body({ username }));
      const nonced = withNonce(contract, testCase, NONCE);
      expect((nonced.body.value as { username: string }).username).toBe(username);
      expect((nonced.body.value as { email: string }).email).toBe(`ada.${NONCE}@example.com`);
      expect(carriesNonce(contract, testCase)).toBe(false);
      expect(carriesNonce(contract, nonced)).toBe(false);
    }
    const plain = validCase(body());
    expect(carriesNonce(contract, plain)).toBe(true);
    expect(carriesNonce(contract, withNonce(contract, plain, NONCE))).toBe(true);
  });

  test('leaves the part a mutation broke broken, and nonces the rest', () => {
    const [noAt] = violateFormat.apply(body(), context(contract));
    const testCase = toTestCase(
      CREATE_USER,
      { mode: 'valid' },
      malformedSentBody(noAt as NonNullable<typeof noAt>, origin),
    );
    const nonced = withNonce(contract, testCase, NONCE);
    expect(nonced.body.value).toEqual(body({ username: `ada.${NONCE}`, email: 'ada.example.com' }));
    expect(nonced.bodyText).toBe(JSON.stringify(nonced.body.value));
  });

  test('leaves bodies that are not JSON as they are; nonces a JSON body sent as text/plain', () => {
    const [cut] = invalidJsonSyntax.apply(body(), context(contract));
    const cutCase = toTestCase(
      CREATE_USER,
      { mode: 'valid' },
      malformedSentBody(cut as NonNullable<typeof cut>, origin),
    );
    expect(withNonce(contract, cutCase, NONCE)).toBe(cutCase);

    const [plain] = wrongContentType.apply(body(), context(contract));
    const plainCase = toTestCase(
      CREATE_USER,
      { mode: 'valid' },
      malformedSentBody(plain as NonNullable<typeof plain>, origin),
    );
    const nonced = withNonce(contract, plainCase, NONCE);
    expect(nonced.bodyText).toBe(
      JSON.stringify(body({ username: `ada.${NONCE}`, email: `ada.${NONCE}@example.com` })),
    );
    expect(nonced.contentType).toBe('text/plain');
  });

  test('nonces a body sent as form fields, and writes it as form fields again', () => {
    const nonced = (mutation: typeof formUrlencodedBody) => {
      const [result] = mutation.apply(body(), context(contract));
      const testCase = toTestCase(
        CREATE_USER,
        { mode: 'valid' },
        malformedSentBody(result as NonNullable<typeof result>, origin),
      );
      return withNonce(contract, testCase, NONCE);
    };
    const form = nonced(formUrlencodedBody);
    expect(form.contentType).toBe('application/x-www-form-urlencoded');
    expect(form.bodyText).toBe(
      `username=ada.${NONCE}&email=ada.${NONCE}%40example.com&firstName=Ada&lastName=Lovelace&displayName=Ada+Lovelace`,
    );
    const multipart = nonced(multipartFormBody);
    expect(multipart.contentType).toBe('multipart/form-data; boundary=lakesail-contract-form-boundary-7e1f');
    expect(multipart.bodyText).toContain(
      `--lakesail-contract-form-boundary-7e1f\r\nContent-Disposition: form-data; name="username"\r\n\r\nada.${NONCE}\r\n`,
    );
    expect(multipart.bodyText.endsWith('--lakesail-contract-form-boundary-7e1f--\r\n')).toBe(true);
  });

  test('refuses a nonce that is not lowercase letters and digits', () => {
    expect(() => withNonce(contract, validCase(body()), 'Run-1')).toThrow(
      'withNonce: the nonce must be lowercase letters and digits, got "Run-1"',
    );
  });

  test('respects the spec: with a maxLength it overwrites rather than grows, or gives up', async () => {
    const scratch = createScratch();
    try {
      const limited = await loadContract(
        scratch.spec((spec) => {
          spec.components.schemas.UserSpec.properties.username.maxLength = 15;
        }),
      );
      const fits = withNonce(limited, validCase(body({ username: 'charles.babbage' })), NONCE);
      expect((fits.body.value as { username: string }).username).toBe(`ch${NONCE}`);
      const tooShort = validCase(body({ username: 'ada' }));
      // 'ada' + nonce is longer than 15 and 'ada' is too short to overwrite: it cannot carry the nonce.
      expect((withNonce(limited, tooShort, NONCE).body.value as { username: string }).username).toBe('ada');
      expect(carriesNonce(limited, tooShort, NONCE)).toBe(false);
      expect(carriesNonce(limited, tooShort)).toBe(false);
      const charles = validCase(body({ username: 'charles.babbage' }));
      expect(carriesNonce(limited, charles, NONCE)).toBe(true);
      // Without the run's nonce the answer errs towards false: a 24-character probe does not fit in 15.
      expect(carriesNonce(limited, charles)).toBe(false);
      expect(carriesNonce(limited, fits, NONCE)).toBe(true);
    } finally {
      scratch.cleanup();
    }
  });
});
