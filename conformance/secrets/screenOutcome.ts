import type { Leak, Outcome, RecordedResponse } from '../model/exchange';
import { anySecretPattern } from './anySecretPattern';
import { findSecrets } from './findSecrets';
import { redactText } from './redactText';
import type { Secret } from './secret';

/**
 * An outcome as the kit records it: every form of every secret replaced by its variable, in header names and
 * values and in the body, before any check reads (and cuts) the text; and where each secret was found, for
 * `no-token-leak`. Header names are the server's text too, so they are redacted like values.
 */
export function screenOutcome(
  outcome: Outcome,
  secrets: readonly Secret[],
): { outcome: Outcome; leaks: Leak[] } {
  if (outcome.kind === 'connection-error') {
    return { outcome: { ...outcome, message: redactText(outcome.message, secrets) }, leaks: [] };
  }
  if (outcome.kind !== 'response') return { outcome, leaks: [] };
  const { response } = outcome;
  // Almost every response carries no token: one pattern over its texts shows that, and it is recorded as it is.
  if (!carriesSecret(response, anySecretPattern(secrets))) return { outcome, leaks: [] };
  const leaks: Leak[] = [];
  const headers: RecordedResponse['headers'] = {};
  for (const [name, value] of Object.entries(response.headers)) {
    const shownName = redactText(name, secrets);
    const values = Array.isArray(value) ? value : [value];
    leaks.push(...leaksIn(`header ${shownName}`, [name, ...values].join('\n'), secrets));
    const shown = values.map((text) => redactText(text, secrets));
    const earlier = headers[shownName];
    if (earlier === undefined) headers[shownName] = Array.isArray(value) ? shown : (shown[0] as string);
    // Two names that read the same once redacted: both values are kept.
    else headers[shownName] = [earlier, shown].flat();
  }
  leaks.push(...leaksIn('body', response.bodyText, secrets));
  const bodyText = redactText(response.bodyText, secrets);
  return { outcome: { kind: 'response', response: { ...response, headers, bodyText } }, leaks };
}

/** True when a header name or value or the body holds a form of a secret. */
function carriesSecret(response: RecordedResponse, pattern: RegExp): boolean {
  for (const [name, value] of Object.entries(response.headers)) {
    if (pattern.test(name)) return true;
    if (Array.isArray(value) ? value.some((text) => pattern.test(text)) : pattern.test(value)) return true;
  }
  return pattern.test(response.bodyText);
}

/** One leak per secret found in `text`, named by its plainest form found. */
function leaksIn(where: string, text: string, secrets: readonly Secret[]): Leak[] {
  const matches = findSecrets(text, secrets);
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    const found = new Set(matches.filter((match) => match.secret === secret).map((match) => match.form));
    const form = secret.forms.find((candidate) => found.has(candidate));
    if (form) leaks.push({ where, variable: secret.variable, form: form.name });
  }
  return leaks;
}
