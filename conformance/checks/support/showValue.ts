import { truncate } from './truncate';

/** A value as JSON on one line, cut short: `"2026-01-01 10:00:00Z"`, `(missing)` for undefined. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  return truncate(JSON.stringify(value));
}
