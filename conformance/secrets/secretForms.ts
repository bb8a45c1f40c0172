import type { SecretForm } from './secret';

/**
 * Every form a token may take in a response, each text once (the first name wins, so the plainest is named):
 * as is; URL-encoded (`encodeURIComponent` and form encoding, escapes in either case); JSON-escaped (also
 * with `\/`, and with `<>&` as Go writes them); base64 and base64url at any offset; hex in either case.
 * `Bearer <token>` in any case of the scheme needs no forms of its own: its raw, URL and JSON forms contain
 * the token's, hex encodes byte by byte, and base64 is taken at every offset.
 */
export function secretForms(value: string): SecretForm[] {
  const hex = Buffer.from(value, 'utf8').toString('hex');
  const forms: SecretForm[] = [
    { name: 'as is', text: value },
    ...urlForms(value).map((text) => ({ name: 'URL-encoded', text })),
    ...jsonForms(value).map((text) => ({ name: 'JSON-escaped', text })),
    ...base64Forms(value, 'base64').map((text) => ({ name: 'base64', text })),
    ...base64Forms(value, 'base64url').map((text) => ({ name: 'base64url', text })),
    { name: 'hex', text: hex },
    { name: 'hex', text: hex.toUpperCase() },
  ];
  return forms.filter((form, index) => forms.findIndex((other) => other.text === form.text) === index);
}

/** `%2F` and `%2f` are the same escape (RFC 3986); form encoding also escapes `~!'()`, and a space as `+`. */
function urlForms(value: string): string[] {
  const component = encodeURIComponent(value);
  const form = new URLSearchParams({ t: value }).toString().slice('t='.length);
  const lowerEscapes = (text: string) => text.replace(/%[0-9A-F]{2}/g, (code) => code.toLowerCase());
  return [component, lowerEscapes(component), form, lowerEscapes(form)];
}

/** Some encoders also escape `/` (PHP, Java's HTML-safe output); Go escapes `<`, `>` and `&` as `\u003c`. */
function jsonForms(value: string): string[] {
  const escaped = JSON.stringify(value).slice(1, -1);
  const htmlSafe = escaped.replace(/[<>&]/g, (char) => `\\u00${char.charCodeAt(0).toString(16)}`);
  return [escaped, htmlSafe].flatMap((text) => [text, text.replace(/\//g, '\\/')]);
}

/**
 * What base64 of a text containing the token always contains, wherever the token starts. base64 writes 6 bits
 * a character, so the token's characters depend on its offset modulo 3 (`Basic` credentials and
 * `base64("Bearer " + token)` put it at offset 1). For each offset: the characters whose bits all come from
 * the token; and the same with the next character as it is when the token ends the encoded text (its last
 * bits padded with zeros). Left out, and so left in a redacted text: at most one character at each end, which
 * mixes up to 4 bits of the token's first or last byte with bits of its neighbours.
 */
function base64Forms(value: string, encoding: 'base64' | 'base64url'): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(encoding);
    const firstBit = 8 * offset;
    const endBit = 8 * (offset + bytes.length);
    const first = Math.ceil(firstBit / 6);
    const end = Math.floor(endBit / 6);
    forms.push(encoded.slice(first, end));
    if (endBit % 6 !== 0) forms.push(encoded.slice(first, end + 1));
  }
  return forms;
}
