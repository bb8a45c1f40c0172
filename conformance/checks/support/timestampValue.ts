import { isStrictDateTime } from '../../../core/spec/strictDateTime';

/** A timestamp read from a response: its instant and how coarse it is. */
export interface TimestampValue {
  /** Epoch milliseconds (JavaScript keeps milliseconds; finer digits are cut). */
  ms: number;
  /**
   * The unit the server truncated to, in ms: 1000 for `10:00:00Z`, 100 for `10:00:00.5Z`, 1 for three
   * digits or more. The real instant lies in [ms, ms + precisionMs).
   */
  precisionMs: number;
}

/** Reads a strict RFC 3339 date-time; undefined for anything else (the schema check reports those). */
export function timestampValue(value: unknown): TimestampValue | undefined {
  if (typeof value !== 'string' || !isStrictDateTime(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const fraction = /\.(\d+)/.exec(value)?.[1] ?? '';
  return { ms, precisionMs: 10 ** Math.max(0, 3 - fraction.length) };
}
