import type { Secret, SecretForm } from './secret';

/** Where a secret occurs in a text, in which form: `text.slice(start, end)`. */
export interface SecretMatch {
  start: number;
  end: number;
  secret: Secret;
  form: SecretForm;
}

/**
 * Every occurrence of every form of every secret in `text`, by position (the longest first where two start
 * together). Overlapping occurrences of one form (`aaaa` in `aaaaa`) are one match, so a text of repeats
 * stays one match, not one per character.
 */
export function findSecrets(text: string, secrets: readonly Secret[]): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const secret of secrets) {
    for (const form of secret.forms) {
      let last: SecretMatch | undefined;
      for (let at = text.indexOf(form.text); at !== -1; at = text.indexOf(form.text, at + 1)) {
        const end = at + form.text.length;
        if (last !== undefined && at < last.end) last.end = end;
        else {
          last = { start: at, end, secret, form };
          matches.push(last);
        }
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
