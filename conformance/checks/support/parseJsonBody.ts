export type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses a body as JSON; an empty body is not JSON. */
export function parseJsonBody(text: string): ParsedBody {
  if (text.trim() === '') return { ok: false, error: 'the body is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
