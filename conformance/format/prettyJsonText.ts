/** Longer bodies are shown as recorded: re-indenting is for reading, not for megabytes. */
export const MAX_PRETTY_CHARS = 64 * 1024;
/** Deeper nesting is shown as recorded (its indentation alone would be larger than the body). */
export const MAX_PRETTY_DEPTH = 32;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * JSON text re-indented by two spaces a level, every token kept exactly as sent (parsing and serialising again
 * would change numbers, escapes and repeated keys); undefined when the text is not JSON, is longer than
 * `MAX_PRETTY_CHARS` or nests deeper than `MAX_PRETTY_DEPTH`. One pass over the text, no recursion.
 */
export function prettyJsonText(text: string): string | undefined {
  if (text.length > MAX_PRETTY_CHARS || !isJson(text)) return undefined;
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (WHITESPACE.has(char)) {
      i++;
    } else if (char === '{' || char === '[') {
      const next = skipWhitespace(text, i + 1);
      if (text[next] === (char === '{' ? '}' : ']')) {
        out += `${char}${text[next]}`;
        i = next + 1;
        continue;
      }
      depth++;
      if (depth > MAX_PRETTY_DEPTH) return undefined;
      out += `${char}\n${'  '.repeat(depth)}`;
      i++;
    } else if (char === '}' || char === ']') {
      depth--;
      out += `\n${'  '.repeat(depth)}${char}`;
      i++;
    } else if (char === ',') {
      out += `,\n${'  '.repeat(depth)}`;
      i++;
    } else if (char === ':') {
      out += ': ';
      i++;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The index just after the JSON string starting at `start` (a `"`); the text is known to be valid JSON. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipWhitespace(text: string, start: number): number {
  let i = start;
  while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  return i;
}
