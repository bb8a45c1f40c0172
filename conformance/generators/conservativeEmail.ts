import fc from 'fast-check';

/**
 * Email addresses every reasonable server accepts: ASCII `local@domain.tld`, a local part of letters of both
 * cases and digits (sometimes digits only) with at most one inner `.`, `+` or `-`, and a reserved example
 * domain (RFC 2606), so no real mailbox is ever written to. Never fast-check's `emailAddress()`, whose quoted
 * and exotic forms real servers legitimately refuse. Both parts come in mixed case too: the local part is
 * case-sensitive (RFC 5321) and the domain is stored as sent, so a server that lowercases what it echoes is seen.
 */
export function conservativeEmail(): fc.Arbitrary<string> {
  // Built once: stringMatching compiles its pattern into an arbitrary, which costs more than a run's planning.
  built ??= build();
  return built;
}

let built: fc.Arbitrary<string> | undefined;

function build(): fc.Arbitrary<string> {
  const local = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9]{0,9}(?:[.+-][A-Za-z0-9]{1,8})?$/);
  const domain = fc.constantFrom(
    'example.com',
    'example.org',
    'example.net',
    'mail.example.com',
    'Example.COM',
    'Mail.Example.org',
  );
  return fc.tuple(local, domain).map(([name, host]) => `${name}@${host}`);
}
