import { createSecrets } from '../../conformance/secrets/createSecrets';
import { findSecrets } from '../../conformance/secrets/findSecrets';
import { redactText } from '../../conformance/secrets/redactText';
import { secretForms } from '../../conformance/secrets/secretForms';

// b64token characters (RFC 6750) that every encoding treats differently, and `~` that only form encoding escapes.
const TOKEN = 'ab/Cd+eF~gh=0123';
const [secret] = createSecrets(TOKEN, undefined);
const secrets = secret ? [secret] : [];
const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const hex = (text: string) => Buffer.from(text).toString('hex');

/** The name of the first form found in `text`, and `text` redacted. */
function found(text: string): { form: string | undefined; redacted: string } {
  const forms = new Set(findSecrets(text, secrets).map((match) => match.form));
  return { form: secret?.forms.find((form) => forms.has(form))?.name, redacted: redactText(text, secrets) };
}

test.each([
  ['as is', `token=${TOKEN}`],
  ['URL-encoded', `/login?t=${encodeURIComponent(TOKEN)}`],
  [
    'URL-encoded',
    `/login?t=${encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase())}`,
  ],
  ['URL-encoded', `authorization=${new URLSearchParams({ a: `Bearer ${TOKEN}` }).toString().slice(2)}`],
  ['JSON-escaped', JSON.stringify({ t: TOKEN }).replace(/\//g, '\\/')],
  ['base64', b64(TOKEN)],
  ['base64url', b64url(TOKEN)],
  ['hex', hex(TOKEN)],
  ['hex', hex(`Bearer ${TOKEN}`).toUpperCase()],
])('finds the token %s in %s, and redaction leaves none of its forms', (form, text) => {
  const { form: name, redacted } = found(text);
  expect(name).toBe(form);
  expect(redacted).toContain('$CONTRACT_TOKEN');
  for (const each of secret?.forms ?? []) expect(redacted).not.toContain(each.text);
});

test("JSON forms: `\\/` and Go's `\\u003c` escapes", () => {
  expect(secretForms('a<b>c&d/e-0123').map((form) => form.text)).toEqual(
    expect.arrayContaining(['a\\u003cb\\u003ec\\u0026d/e-0123', 'a\\u003cb\\u003ec\\u0026d\\/e-0123']),
  );
});

describe('base64 of a text holding the token, at every offset and with either alphabet', () => {
  const prefixes = ['', 'Bearer ', 'bearer ', 'BEARER ', 'user:', 'ab'];
  const trailers = ['', ';trailer', 'x', 'xy'];
  for (const encode of [b64, b64url]) {
    for (const prefix of prefixes) {
      for (const trailer of trailers) {
        const plain = `${prefix}${TOKEN}${trailer}`;
        const encoded = encode(plain);
        test(`${encode === b64 ? 'base64' : 'base64url'}(${JSON.stringify(plain)})`, () => {
          // Where base64 and base64url agree, the form is named base64.
          expect(found(encoded).form).toMatch(encode === b64 ? /^base64$/ : /^base64(url)?$/);
          // Every character whose bits are all token bits goes (zero padding counts as no bits); at most one
          // character at each end stays, mixing token bits with its neighbours' (the last one goes too when
          // the neighbour's bits in it are zeros, as padding would be).
          const first = Math.ceil((8 * prefix.length) / 6);
          const endBit = 8 * (prefix.length + TOKEN.length);
          const ends =
            trailer === '' ? [Math.ceil(endBit / 6)] : [Math.floor(endBit / 6), Math.ceil(endBit / 6)];
          const redactions = ends.map(
            (end) => `${encoded.slice(0, first)}$CONTRACT_TOKEN${encoded.slice(end)}`,
          );
          expect(redactions).toContain(found(encoded).redacted);
        });
      }
    }
  }
});

test('a text without the token is left as it is', () => {
  const text = `${b64('Bearer another-token-0000')} ${hex('ab/Cd+eF~gh=012')}`;
  expect(found(text)).toEqual({ form: undefined, redacted: text });
});
