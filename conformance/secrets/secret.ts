/**
 * A token presented in the run: the value the target sends, the name shown in its place, and every form the
 * value may take in a response. Computed once per run (`createSecrets`), the same list finds leaks and redacts.
 */
export interface Secret {
  /** The credentials mode that presents it. */
  mode: 'valid' | 'forbidden';
  /** Sent in the Authorization header; never shown. */
  value: string;
  /** Its environment variable, `CONTRACT_TOKEN`; every output shows `$CONTRACT_TOKEN` in its place. */
  variable: string;
  /** The forms to look for, each text distinct (see `secretForms`). */
  forms: readonly SecretForm[];
}

/** One way the token may be written: `base64`, with the characters it always takes in that form. */
export interface SecretForm {
  /** `as is`, `URL-encoded`, `JSON-escaped`, `base64`, `base64url` or `hex`. */
  name: string;
  text: string;
}

/** Tokens shorter than this would be found in responses by chance; real bearer tokens are far longer. */
export const MIN_SECRET_LENGTH = 8;
