import { oncePerObject } from '../../../core/oncePerObject';
import type { RecordedResponse } from '../../model/exchange';

export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string; tooDeep?: true };

/**
 * The deepest nesting of arrays and objects the kit reads. Checks, messages and reports walk parsed values
 * recursively (ajv, JSON.stringify, isDeepStrictEqual), and a body nested 100,000 levels deep would exhaust the
 * stack: so a deeper body is not parsed at all. Real API bodies nest a few levels.
 */
export const MAX_JSON_DEPTH = 256;

/** Parses a body as JSON; an empty body is not JSON, and one nested deeper than `MAX_JSON_DEPTH` is not read. */
export function parseJsonBody(text: string): ParsedBody {
  if (text.trim() === '') return { ok: false, error: 'the body is empty' };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      tooDeep: true,
      error: `nested more than ${MAX_JSON_DEPTH} levels deep, deeper than the kit reads`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A response's body parsed as JSON, once per response however many checks read it (they never change it). */
export const parseResponseBody = oncePerObject(
  (response: RecordedResponse): ParsedBody => parseJsonBody(response.bodyText),
);

/**
 * One pass over the text, counting `[` and `{` outside strings; stops as soon as it is deeper than `max`. A text
 * of `max` characters or fewer cannot open more than `max` (most bodies the kit reads): it is not scanned.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > max) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
