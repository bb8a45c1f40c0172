/**
 * Address forms every mail system takes and careless servers refuse or change: plus addressing, a sub-domain,
 * a local part of digits only or with a hyphen, and mixed case (the domain is case-insensitive, RFC 5321, but a
 * server stores and echoes what it was sent). Each is tried on every `format: email` string, made from its
 * current local part and domain.
 */
export const EMAIL_EDGES: readonly { name: string; make: (local: string, domain: string) => string }[] = [
  { name: 'plus-address', make: (local, domain) => `${local}+contract@${domain}` },
  { name: 'sub-domain', make: (local, domain) => `${local}@mail.eu.${domain}` },
  { name: 'digits-only-local-part', make: (_local, domain) => `1234567890@${domain}` },
  { name: 'hyphenated-local-part', make: (local, domain) => `${local}-${local}@${domain}` },
  { name: 'mixed-case', make: (local, domain) => `${capitalized(local)}@${mixedCaseDomain(domain)}` },
];

/** `Ada` from `ada`. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Mail.Example.COM` from `mail.example.com`: each label capitalized, the top-level one in capitals. */
function mixedCaseDomain(domain: string): string {
  const labels = domain.split('.');
  return labels
    .map((label, index) => (index === labels.length - 1 ? label.toUpperCase() : capitalized(label)))
    .join('.');
}
