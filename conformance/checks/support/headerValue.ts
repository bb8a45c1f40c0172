import type { RecordedResponse } from '../../model/exchange';

/** A response header by name (any case); a repeated header's values joined with ", "; undefined when absent. */
export function headerValue(response: RecordedResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}
