import { findSecrets } from './findSecrets';
import type { Secret } from './secret';

/**
 * `text` with every form of every secret replaced by its variable (`$CONTRACT_TOKEN`), each occurrence; where
 * forms overlap (a token inside the other, two forms of one token), the whole span goes, under the name of
 * the one that starts first.
 */
export function redactText(text: string, secrets: readonly Secret[]): string {
  let out = '';
  let at = 0;
  for (const match of findSecrets(text, secrets)) {
    if (match.end <= at) continue;
    if (match.start >= at) out += `${text.slice(at, match.start)}$${match.secret.variable}`;
    at = match.end;
  }
  return at === 0 ? text : out + text.slice(at);
}
