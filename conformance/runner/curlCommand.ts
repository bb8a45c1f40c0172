import { TOKEN_VARIABLES } from '../model/credentials';
import type { RecordedRequest } from '../model/exchange';

/** Names the recorded request may carry in place of a secret; the shell expands them from the environment. */
const TOKEN_NAMES = Object.values(TOKEN_VARIABLES);

/** `$NAME` or `${NAME}` for each variable name, as a global pattern. */
function variablePattern(names: readonly string[]): RegExp {
  const alternatives = names.join('|');
  return new RegExp(`\\$(?:${alternatives})\\b|\\$\\{(?:${alternatives})\\}`, 'g');
}

/**
 * A curl command that sends `request` again, byte for byte: the token as `"$CONTRACT_TOKEN"` (double quotes, so
 * the shell expands it) wherever the request has it (a header, the URL's query, the body), everything else
 * single-quoted. A body with U+0000 or other control characters cannot be a shell argument, so it is piped from
 * `printf` (octal escapes, the token a `%s` argument) into `--data-binary @-`. For an in-process app the
 * recorded URL is a path, put after `$BASE_URL`.
 */
export function curlCommand(
  request: RecordedRequest,
  options: { variables?: readonly string[]; curlOptions?: readonly string[] } = {},
): string {
  // A replay script's own variables (`$USER_1`, `$RUN`) are expanded like the tokens.
  const variable = variablePattern([...TOKEN_NAMES, ...(options.variables ?? [])]);
  const parts = ['curl', ...(options.curlOptions ?? []), '-X', request.method, url(request.url, variable)];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push('-H', quoteWithVariables(`${displayName(name)}: ${value}`, variable));
  }
  // Without a Content-Type of its own, curl would add `application/x-www-form-urlencoded` to --data-binary.
  if (!('content-type' in request.headers)) parts.push('-H', quote('Content-Type:'));
  if (needsPrintf(request.bodyText)) {
    return `${printfCommand(request.bodyText, variable)} | ${parts.join(' ')} --data-binary @-`;
  }
  parts.push('--data-binary', quoteWithVariables(request.bodyText, variable));
  return parts.join(' ');
}

function url(recorded: string, variable: RegExp): string {
  if (/^https?:\/\//.test(recorded)) return quoteWithVariables(recorded, variable);
  // A path: the in-process app's port changes on every run, so the reader supplies their own base URL.
  if (/^[A-Za-z0-9/._~-]*$/.test(recorded)) return `"$BASE_URL${recorded}"`;
  return `"$BASE_URL"${quoteWithVariables(recorded, variable)}`;
}

/** `'...'`, with each `'` written as `'\''`. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Literal text single-quoted, `$CONTRACT_TOKEN`-style variables double-quoted; readable when it can be. */
function quoteWithVariables(text: string, variable: RegExp): string {
  if (text.match(variable) === null) return quote(text);
  const literal = text.replace(variable, '');
  if (/^[^"\\`$!]*$/.test(literal)) return `"${text}"`;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(variable)) {
    const index = match.index ?? 0;
    if (index > last) out += quote(text.slice(last, index));
    out += `"${match[0]}"`;
    last = index + match[0].length;
  }
  if (last < text.length) out += quote(text.slice(last));
  return out;
}

/** `content-type` → `Content-Type` (header names are case-insensitive; this is only for the reader). */
function displayName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function needsPrintf(body: string): boolean {
  return CONTROL.test(body);
}

/**
 * `printf FORMAT ARGS` printing exactly the UTF-8 bytes of `body`: each `$CONTRACT_TOKEN`-style variable a `%s`
 * whose argument is the variable, double-quoted, so the shell puts the token in.
 */
function printfCommand(body: string, variable: RegExp): string {
  let format = '';
  const variables: string[] = [];
  let last = 0;
  for (const match of body.matchAll(variable)) {
    const index = match.index ?? 0;
    format += printfFormat(body.slice(last, index));
    format += '%s';
    variables.push(`"${match[0]}"`);
    last = index + match[0].length;
  }
  format += printfFormat(body.slice(last));
  return ['printf', quote(format), ...variables].join(' ');
}

/** A printf format that prints exactly the UTF-8 bytes of `text`: `%` and `\` escaped, controls as `\ooo`. */
function printfFormat(text: string): string {
  let format = '';
  for (const character of text) {
    if (character === '%') format += '%%';
    else if (character === '\\') format += '\\\\';
    else if (CONTROL.test(character)) {
      for (const byte of Buffer.from(character, 'utf8')) format += `\\${byte.toString(8).padStart(3, '0')}`;
    } else format += character;
  }
  return format;
}
