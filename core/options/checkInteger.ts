import { UsageError } from '../errors';

/**
 * `value` as an integer from `min` to `max`, or a one-line usage error naming the option: `--runs` for the CLI,
 * `runs` for the library.
 */
export function checkInteger(name: string, value: unknown, min: number, max: number): number {
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got '${String(value)}'`);
  }
  return number;
}
