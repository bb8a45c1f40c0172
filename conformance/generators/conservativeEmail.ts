import fc from 'fast-check';

/**
 * Email addresses every reasonable server accepts: ASCII `local@domain.tld`, a lowercase local part of letters,
 * digits and at most one inner dot, and a reserved example domain (RFC 2606), so no real mailbox is ever written
 * to. Never fast-check's `emailAddress()`, whose quoted and exotic forms real servers legitimately refuse.
 */
export function conservativeEmail(): fc.Arbitrary<string> {
  const local = fc.stringMatching(/^[a-z][a-z0-9]{0,9}(?:\.[a-z0-9]{1,8})?$/);
  const domain = fc.constantFrom('example.com', 'example.org', 'example.net', 'mail.example.com');
  return fc.tuple(local, domain).map(([name, host]) => `${name}@${host}`);
}
