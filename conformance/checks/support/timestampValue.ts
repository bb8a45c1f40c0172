import { isStrictDateTime } from '../../../core/spec/strictDateTime';

/** A timestamp read from a response: its instant and how coarse it is. */
export interface TimestampValue {
  /** Epoch milliseconds (JavaScript keeps milliseconds; finer digits are cut). */
  readonly ms: number;
  /**
   * The unit the server truncated to, in ms: 1000 for `10:00:00Z`, 100 for `10:00:00.5Z`, 1 for three
   * digits or more. The real instant lies in [ms, ms + precisionMs).
   */
  readonly precisionMs: number;
}

/**
 * Texts read lately, at most RECENT_KEPT of them and none longer than RECENT_LENGTH: the checks and the model read
 * each timestamp of an answer several times, and the strict RFC 3339 reading is the costly part.
 */
const recent = new Map<string, TimestampValue | undefined>();
const RECENT_KEPT = 64;
const RECENT_LENGTH = 64;

/** Reads a strict RFC 3339 date-time; undefined for anything else (the schema check reports those). */
export function timestampValue(value: unknown): TimestampValue | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length > RECENT_LENGTH) return readTimestamp(value);
  if (recent.has(value)) return recent.get(value);
  const timestamp = readTimestamp(value);
  if (recent.size >= RECENT_KEPT) recent.clear();
  recent.set(value, timestamp);
  return timestamp;
}

function readTimestamp(value: string): TimestampValue | undefined {
  if (!isStrictDateTime(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const fraction = /\.(\d+)/.exec(value)?.[1] ?? '';
  return { ms, precisionMs: 10 ** Math.max(0, 3 - fraction.length) };
}
