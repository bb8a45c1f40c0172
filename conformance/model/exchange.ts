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
  bodyText: string;
}

/** How an exchange ended. */
export type Outcome =
  | { kind: 'response'; response: RecordedResponse }
  /** No complete response within the timeout; the socket was destroyed. */
  | { kind: 'timeout'; timeoutMs: number }
  /** Refused, reset or closed before a complete response. */
  | { kind: 'connection-error'; code: string; message: string };

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
