/** The path and query a request asks for. */
export interface RequestTarget {
  /** As sent (percent-encoding kept), dot segments resolved; always starts with `/`. */
  path: string;
  query: URLSearchParams;
}

// Only used to parse; never reached.
const BASE = 'http://mock.invalid';

/**
 * Reads a request target (RFC 9112, section 3.2): the origin form `/path?query`, or the absolute form
 * `http://host/path` a proxy sends. A target starting with `//` is a path: `new URL('//evil.example/x', base)`
 * would read `evil.example` as a host, so the origin form is appended to a fixed base instead. Undefined for
 * anything else (`*`, a bare name).
 */
export function readTarget(raw: string | undefined): RequestTarget | undefined {
  const text = raw ?? '/';
  let url: URL;
  try {
    if (text.startsWith('/')) url = new URL(`${BASE}${text}`);
    else if (/^https?:\/\//i.test(text)) url = new URL(text);
    else return undefined;
  } catch {
    return undefined;
  }
  return { path: url.pathname, query: url.searchParams };
}
