import { oncePerObject } from '../../core/oncePerObject';
import type { CheckContext, ExchangeCheck } from '../model/check';
import type { Exchange, RecordedResponse } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseJsonBody, parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { truncate } from './support/truncate';

const id = 'no-internal-details';
const title = 'Internal details exposed';

/** Top-level directories whose paths reveal a server's file system (never an API path or a JSON Pointer). */
const WELL_KNOWN_ROOTS = [
  'home',
  'usr',
  'var',
  'srv',
  'opt',
  'app',
  'root',
  'tmp',
  'Users',
  'etc',
  'proc',
  'mnt',
  'private',
  'workspace',
  'snap',
  'nix',
];

/** What gives away a server's internals, in the order findings are reported. */
const TELLTALES: Telltale[] = [
  // JavaScript: `at fn (file.js:12:5)`, `at async Foo.bar (/srv/app.js:3:9)`; the location needs a file
  // extension or `node:`, so `at noon (12:00:00)` is no frame.
  {
    what: 'a stack frame',
    pattern: /\bat (?:async |new )?[^\s()]+ \([^()\n]*(?:\.\w+|node:[^()\n]*):\d+:\d+\)/g,
  },
  // JavaScript frames without a function name: `at /srv/app.js:3:9`, `at node:internal/main:12:3`.
  { what: 'a stack frame', pattern: /\bat (?:file:\/\/|node:|\/|[A-Za-z]:\\)[^\s()]*:\d+:\d+/g },
  { what: 'a Python traceback', pattern: /Traceback \(most recent call last\)/g },
  { what: 'a Python stack frame', pattern: /File "[^"\n]+", line \d+/g },
  { what: 'a Java stack frame', pattern: /\.java:\d+\)/g },
  { what: 'a Go stack trace', pattern: /goroutine \d+ \[/g },
  { what: 'a .NET stack frame', pattern: /\bat [\w.`<>]+\([^()\n]*\) in [^\n]*:line \d+/g },
  { what: 'a Ruby stack frame', pattern: /\.rb:\d+:in [`']/g },
  { what: 'a PHP stack trace', pattern: /Stack trace:\s*#0 /g },
  { what: 'a node_modules path', pattern: /node_modules/g },
  { what: 'a file URL', pattern: /file:\/\//gi },
  { what: 'a Windows path', pattern: /(?<![\w])[A-Za-z]:\\/g },
];

/**
 * Absolute paths under a well-known root. Preceded by neither a word character nor `/`, `.` or `:`, so URLs
 * (`http://host/app/...`) do not count; roots that are also request property names are left out, since
 * `/name/...` is then a JSON Pointer into the request.
 */
function internalPathPattern(propertyNames: Set<string>): RegExp {
  const roots = WELL_KNOWN_ROOTS.filter((root) => !propertyNames.has(root));
  return new RegExp(`(?<![\\w./:~-])/(?:${roots.join('|')})/[^\\s"'<>()\\[\\]{},;]+`, 'g');
}

/** No non-2xx body exposes stack traces or server file paths; JSON Pointers, the request path and echoed request text do not count. */
export const noInternalDetails: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'no stack trace or internal path in any error body',
  doc:
    'No error body (any non-2xx) exposes a stack trace or a server file path (/srv/..., node_modules, ' +
    'file://, C:\\); JSON Pointers such as /email, the request path and text copied from the request do not count.',
  appliesTo: () => true,
  // A body cut at the size limit is response-size's finding; scanning megabytes here would only cost time.
  needs: 'whole-body',
  check(exchange: Exchange, context: CheckContext): Violation[] {
    const response = responseOf(exchange);
    if (!response || (response.status >= 200 && response.status <= 299)) return [];
    const telltales = telltalesFor(context.operationOf(exchange.testCase).requestBody?.schema);
    const findings = internalDetails(response, exchange, telltales);
    const first = findings[0];
    if (!first) return [];
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
    return [
      {
        checkId: id,
        title,
        message: `The ${response.status} response body exposes ${first.what}${more}`,
        received: truncate(first.text),
        documented: 'no stack traces or internal paths in error responses',
      },
    ];
  },
};

/**
 * Every telltale in a body, except text that also occurs in the request (a server may quote what it was sent).
 * Most error bodies have none: a pattern is run over each text only when it matches their joined text, and the
 * request is read only for a match.
 */
function internalDetails(
  response: RecordedResponse,
  exchange: Exchange,
  telltales: readonly Telltale[],
): { what: string; text: string }[] {
  const texts = scannedTexts(response);
  const joined = texts.join(TEXT_SEPARATOR);
  let quoted: string[] | undefined;
  const findings: { what: string; text: string }[] = [];
  for (const { what, pattern } of telltales) {
    if (joined.search(pattern) === -1) continue;
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        const found = match[0];
        quoted ??= requestTexts(exchange);
        if (quoted.some((requestText) => requestText.includes(found))) continue;
        findings.push({ what, text: found });
      }
    }
  }
  return findings;
}

/**
 * Joins the scanned texts for the first look. A pattern that matches one text matches their join too: NUL is no
 * word character, and no lookbehind of the telltales refuses it, so it reads as a text's start or end does.
 */
const TEXT_SEPARATOR = '\0';

type Telltale = { what: string; pattern: RegExp };

// Operations without a request body share the telltales of a schema without properties.
const NO_SCHEMA = {};

/** The telltales for an operation, its internal-path pattern built once from its request schema (not per exchange). */
function telltalesFor(requestSchema: object = NO_SCHEMA): Telltale[] {
  return telltalesOnce(requestSchema);
}

const telltalesOnce = oncePerObject((requestSchema: object): Telltale[] => {
  const pattern = internalPathPattern(schemaPropertyNames(requestSchema));
  return [...TELLTALES, { what: 'an internal path', pattern }];
});

/** A JSON body is scanned as its decoded strings (keys too), so escapes such as `C:\\` read as written. */
function scannedTexts(response: RecordedResponse): string[] {
  const parsed = parseResponseBody(response);
  if (!parsed.ok) return [response.bodyText];
  const strings: string[] = [];
  collectStrings(parsed.value, strings);
  return strings;
}

/** What the request carried, as sent and as decoded JSON strings; a response quoting it reveals nothing. */
function requestTexts(exchange: Exchange): string[] {
  const { request } = exchange;
  const texts = [request.url, request.bodyText];
  const parsed = parseJsonBody(request.bodyText);
  if (parsed.ok) collectStrings(parsed.value, texts);
  return texts.filter((text) => text !== '');
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      collectStrings(item, into);
    }
  }
}

/** Every property name of a schema, nested ones too. */
function schemaPropertyNames(schema: object, into: Set<string> = new Set()): Set<string> {
  const properties = ((schema as { properties?: unknown }).properties ?? {}) as Record<string, object>;
  for (const [name, propertySchema] of Object.entries(properties)) {
    into.add(name);
    schemaPropertyNames(propertySchema, into);
  }
  return into;
}
