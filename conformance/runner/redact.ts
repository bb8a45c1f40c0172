import { TOKEN_VARIABLES } from '../model/credentials';

/** A secret and the variable shown in its place. */
export interface Secret {
  value: string;
  variable: string;
}

/** The run's tokens as secrets, longest first so a token containing another is replaced whole. */
export function tokenSecrets(token: string, forbiddenToken?: string): Secret[] {
  const secrets: Secret[] = [{ value: token, variable: `$${TOKEN_VARIABLES.valid}` }];
  if (forbiddenToken) secrets.push({ value: forbiddenToken, variable: `$${TOKEN_VARIABLES.forbidden}` });
  return secrets.filter((secret) => secret.value.length > 0).sort((a, b) => b.value.length - a.value.length);
}

/** `text` with every occurrence of every secret replaced by its variable. */
export function redactText(text: string, secrets: readonly Secret[]): string {
  let out = text;
  for (const secret of secrets)
    if (out.includes(secret.value)) out = out.split(secret.value).join(secret.variable);
  return out;
}

/**
 * A deep copy of `value` with every string (keys included) redacted: applied to the whole report, so no field
 * added later can carry a token out (a server echoing the token, a message quoting a response, ...).
 */
export function redactDeep<T>(value: T, secrets: readonly Secret[]): T {
  return walk(value, secrets) as T;
}

function walk(value: unknown, secrets: readonly Secret[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[redactText(key, secrets)] = walk(item, secrets);
    return out;
  }
  return value;
}
