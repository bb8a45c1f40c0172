import type { Secret } from './secret';

const patterns = new WeakMap<readonly Secret[], RegExp>();

/**
 * One pattern that matches any form of any of the secrets, made once per list: one scan of a text tells whether
 * it carries a token at all, which almost no response does.
 */
export function anySecretPattern(secrets: readonly Secret[]): RegExp {
  let pattern = patterns.get(secrets);
  if (pattern === undefined) {
    const forms = secrets.flatMap((secret) => secret.forms.map((form) => escapeRegExp(form.text)));
    // A list without secrets matches nothing.
    pattern = new RegExp(forms.length > 0 ? forms.join('|') : '(?!)');
    patterns.set(secrets, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
