import { redactText } from './redactText';
import type { Secret } from './secret';

/**
 * A copy of `value` with every string value redacted, keys and structure untouched: the last pass over a whole
 * report, so no field (a message quoting a response, a warning, a field added later) carries a token out.
 */
export function redactStrings<T>(value: T, secrets: readonly Secret[]): T {
  return walk(value, secrets) as T;
}

function walk(value: unknown, secrets: readonly Secret[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, secrets);
    return out;
  }
  return value;
}
