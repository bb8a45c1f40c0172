import type { TestCase } from './testCase';

/**
 * A request as sent, with every secret replaced by the name of its variable
 * (`Authorization: Bearer $CONTRACT_TOKEN`), so it can be printed and stored.
 */
export interface RecordedRequest {
  method: string;
  /** Full URL for a base-URL target; path only for an in-process app. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  bodyText: string;
}

export interface RecordedResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", " (set-cookie kept as a list). */
  headers: Record<string, string | string[]>;
  /** The body as text: bytes that are not UTF-8 read as U+FFFD; never more than the size limit. */
  bodyText: string;
  /**
   * Set when the body was longer than the size limit (`maxResponseBytes`): `bodyText` holds its first this many
   * bytes, and the kit closed the connection there instead of reading on.
   */
  bodyCutAtBytes?: number;
  /** True when the body's bytes are not valid UTF-8 (each bad sequence shows as U+FFFD in `bodyText`). */
  invalidUtf8?: true;
}

/** How an exchange ended. */
export type Outcome =
  | { kind: 'response'; response: RecordedResponse }
  /** No complete response within the timeout; the socket was destroyed. `connected`: a connection was made. */
  | { kind: 'timeout'; timeoutMs: number; connected: boolean }
  /**
   * Refused, reset or closed before a complete response, or answered with bytes that are not HTTP.
   * `connected`: a connection was made (so the target is reachable).
   */
  | { kind: 'connection-error'; code: string; message: string; connected: boolean }
  /** The server kept answering 429, so the kit stopped the run here (`rule` says which limit it reached). */
  | { kind: 'rate-limited'; rule: string; response: RecordedResponse };

/** A token a response carried, found before it was replaced in the recorded response. */
export interface Leak {
  /** `body`, or `header x-debug-auth`. */
  where: string;
  /** The token's variable: `CONTRACT_TOKEN`. */
  variable: string;
  /** `as is`, `URL-encoded`, `JSON-escaped`, `base64`, `base64url` or `hex`. */
  form: string;
}

/**
 * One request and how it ended, with the client's clock around it (epoch milliseconds). The recorded response
 * has every token replaced by its variable; `leaks` says where it had one.
 */
export interface Exchange {
  testCase: TestCase;
  request: RecordedRequest;
  sentAt: number;
  receivedAt: number;
  outcome: Outcome;
  leaks: Leak[];
}
