import { oncePerObject } from '../../core/oncePerObject';
import type { Secret } from './secret';

/**
 * One pattern that matches any form of any of the secrets, made once per list: one scan of a text tells whether
 * it carries a token at all, which almost no response does.
 */
export const anySecretPattern = oncePerObject((secrets: readonly Secret[]): RegExp => {
  const forms = secrets.flatMap((secret) => secret.forms.map((form) => escapeRegExp(form.text)));
  // A list without secrets matches nothing.
  return new RegExp(forms.length > 0 ? forms.join('|') : '(?!)');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
