import { oneLine } from '../errors';
import { nestsDeeperThan } from './jsonNesting';

/** How deep a request body may nest objects and arrays: far beyond any real one, well within every walker's stack. */
export const MAX_BODY_DEPTH = 200;

export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'too-deep'; message: string }
  | { kind: 'invalid'; message: string };

/** Parses an untrusted JSON request body; too deep or not JSON is a one-line message for a 400. */
export function parseJsonBody(bytes: Buffer, maxDepth: number = MAX_BODY_DEPTH): ParsedBody {
  if (nestsDeeperThan(bytes, maxDepth)) {
    return { kind: 'too-deep', message: `The request body nests deeper than ${maxDepth} levels.` };
  }
  try {
    return { kind: 'json', value: JSON.parse(bytes.toString('utf8')) };
  } catch (error) {
    return { kind: 'invalid', message: `The request body is not valid JSON: ${oneLine(error)}.` };
  }
}
