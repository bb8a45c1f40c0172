import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { IPrismDiagnostic } from '@stoplight/prism-core';
import type { IHttpNameValue, IHttpNameValues, IHttpRequest } from '@stoplight/prism-http';
import { oneLine } from '../core/errors';
import { loadSpec } from '../core/spec/loadSpec';
import { isJsonMediaType } from '../core/spec/mediaType';
import type { SchemaIssue } from '../core/spec/schemaValidator';
import { type BearerTokens, checkBearer } from './checkBearer';
import { cleanGenerated } from './cleanGenerated';
import { answerPreflight, applyCors, isPreflight } from './cors';
import { createdBody } from './createdBody';
import { createFreshIds } from './createFreshIds';
import { describeBodyIssues } from './describeBodyIssues';
import { type MockOptions, resolveMockOptions } from './mockOptions';
import { type OperationFacts, operationFacts } from './operationFacts';
import { createPrismEngine, type HttpOperation, type PrismProblem } from './prismEngine';
import { readBody } from './readBody';
import { sendError, sendJson } from './sendJson';

type JsonObject = Record<string, unknown>;

// Prism's DiagnosticSeverity.Error.
const SEVERITY_ERROR = 0;

/**
 * The mock as a request listener: a thin node:http layer around Prism. Before Prism: CORS, routing
 * errors as the spec's `Error`, bearer tokens (401/403, authentication before validation), body size
 * and JSON syntax. Prism: validation, negotiation, `Prefer`, examples and dynamic bodies. After
 * Prism: error messages that name the property and the rule, realistic 201s, plausible dynamic bodies.
 */
export async function createMockApp(options: MockOptions = {}): Promise<RequestListener> {
  const settings = resolveMockOptions(options);
  const contract = loadSpec(settings.specPath, { maxSpecBytes: settings.maxSpecBytes });
  // Prism gets the document the safe loader produced, never the path: it must not read any file itself.
  const engine = await createPrismEngine({
    document: contract.raw,
    dynamic: settings.dynamic,
    seed: settings.seed,
  });
  const facts = new Map<HttpOperation, OperationFacts>(
    engine.operations.map((operation) => [
      operation,
      operationFacts(contract.document, operation.method, operation.path),
    ]),
  );
  const served = [...facts.values()].map((fact) => `${fact.method} ${fact.path}`).join(', ');
  const tokens: BearerTokens = {
    tokens: new Set(settings.tokens),
    forbiddenTokens: new Set(settings.forbiddenTokens),
  };
  const { validator } = contract;
  const freshId = createFreshIds(validator);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    applyCors(request, response);
    if (isPreflight(request)) return answerPreflight(request, response);
    const method = request.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://mock.invalid');
    } catch {
      return sendError(
        response,
        400,
        `The request target ${JSON.stringify(request.url)} is not a valid path.`,
      );
    }

    const route = engine.route(method, url.pathname);
    if (route.kind === 'no-path') {
      return sendError(response, 404, `No route for ${method} ${url.pathname}; this mock serves ${served}.`);
    }
    if (route.kind === 'no-method') {
      const allow = [...route.allowedMethods, 'OPTIONS'].join(', ');
      if (method === 'OPTIONS') {
        response.writeHead(204, { Allow: allow, 'Content-Length': '0' });
        return void response.end();
      }
      return sendError(response, 405, `Method ${method} is not allowed on ${url.pathname}; use ${allow}.`, {
        Allow: allow,
      });
    }
    const fact = facts.get(route.operation) as OperationFacts;

    const headers = flattenHeaders(request);
    if (fact.requiresBearer) {
      const check = checkBearer(request.headers.authorization, tokens);
      if (check.outcome === 'unauthenticated') {
        const challenge =
          check.reason === 'unknown-token'
            ? withError(fact.wwwAuthenticate, 'invalid_token')
            : fact.wwwAuthenticate;
        return sendError(response, 401, check.message, { 'WWW-Authenticate': challenge });
      }
      if (check.outcome === 'forbidden') return sendError(response, 403, fact.forbiddenMessage);
      // Prism only knows the scheme spelled `Bearer`; the token was checked already.
      headers.authorization = `Bearer ${check.token}`;
    }

    const query = searchParamsToNameValues(url.searchParams);
    const preferences = engine.preferences({ headers, url: { path: url.pathname, query } });
    if (isProblem(preferences)) {
      // Prism's decoder draws a tree over several lines; the message stays on one.
      const detail = preferences.message.replace(/\s*\n[\s└├─│]*/g, ': ');
      return sendError(response, preferences.status, `The Prefer header is not valid: ${detail}.`);
    }

    const received = await readBody(request, settings.maxBodyBytes);
    if (received.kind === 'aborted') return;
    if (received.kind === 'too-large') {
      // Closing the connection spares reading the rest of a huge upload.
      return sendError(
        response,
        413,
        `The request body is larger than the mock's limit of ${settings.maxBodyBytes} bytes (--max-body-bytes).`,
        { Connection: 'close' },
      );
    }
    const contentType = request.headers['content-type'];
    let body: unknown;
    let issues: SchemaIssue[] = [];
    if (received.bytes.length === 0) {
      if (fact.requestBodyRequired) {
        return sendError(
          response,
          400,
          'The request body is empty; send a JSON body (Content-Type: application/json).',
        );
      }
    } else if (contentType !== undefined && isJsonMediaType(contentType)) {
      try {
        body = JSON.parse(received.bytes.toString('utf8'));
      } catch (error) {
        return sendError(response, 400, `The request body is not valid JSON: ${oneLine(error)}.`);
      }
      if (fact.requestSchema) issues = validator.validate(fact.requestSchema, body);
    } else {
      body = received.bytes.toString('utf8');
    }

    const input: IHttpRequest = {
      method: method.toLowerCase() as IHttpRequest['method'],
      url: { path: url.pathname, query },
      headers,
      body,
    };
    const answer = await engine.request(input, preferences);
    if (answer.kind === 'problem') return sendError(response, answer.status, answer.message);

    const output = answer.response;
    const exampleKey = preferences.exampleKey;
    const dynamic = preferences.dynamic ?? settings.dynamic;
    const now = new Date().toISOString();
    const outputHeaders: Record<string, string> = {};
    let mediaType: string | undefined;
    for (const [name, value] of Object.entries(output.headers ?? {})) {
      if (name.toLowerCase() === 'content-type') mediaType = value;
      else outputHeaders[name] = value;
    }
    let outputBody = output.body;

    const invalid = answer.inputViolations.filter((violation) => violation.severity === SEVERITY_ERROR);
    if (invalid.length > 0) {
      // A named example is sent as it is; otherwise the message says what is wrong.
      if (exampleKey === undefined) {
        outputBody = { message: invalidRequestMessage(fact, contentType, issues, invalid) };
      }
    } else if (issues.length > 0) {
      // Prism let through a body the contract's validator refuses: the contract wins.
      return sendError(response, 400, describeBodyIssues(issues));
    } else if (exampleKey === undefined) {
      if (dynamic) outputBody = cleanGenerated(fact.responseSchema(output.statusCode), outputBody, now);
      const requestSchema = fact.requestSchema;
      const responseSchema = fact.responseSchema(output.statusCode);
      if (output.statusCode === 201 && requestSchema && responseSchema && isObject(body)) {
        outputBody = createdBody({
          requestSchema,
          responseSchema,
          submitted: body,
          base: isObject(outputBody) ? outputBody : {},
          now,
          freshId,
        });
      }
    }
    if (
      output.statusCode === 401 &&
      !Object.keys(outputHeaders).some((n) => n.toLowerCase() === 'www-authenticate')
    ) {
      outputHeaders['WWW-Authenticate'] = fact.wwwAuthenticate;
    }
    if (mediaType === undefined || isJsonMediaType(mediaType)) {
      if (outputBody === undefined) {
        response.writeHead(output.statusCode, { ...outputHeaders, 'Content-Length': '0' });
        return void response.end();
      }
      return sendJson(response, output.statusCode, outputBody, outputHeaders);
    }
    const text = typeof outputBody === 'string' ? outputBody : JSON.stringify(outputBody ?? '');
    response.writeHead(output.statusCode, {
      ...outputHeaders,
      'Content-Type': mediaType,
      'Content-Length': Buffer.byteLength(text),
    });
    response.end(text);
  };

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A bug of the mock: the details go to its console, never into the body (they may name files).
      process.stderr.write(`mock: failed to answer ${request.method} ${request.url}: ${oneLine(error)}\n`);
      if (response.headersSent) response.destroy();
      else sendError(response, 500, 'The mock failed to answer this request; its console says why.');
    });
  };
}

/** Why Prism found the request invalid, in words that name the property and the rule. */
function invalidRequestMessage(
  fact: OperationFacts,
  contentType: string | undefined,
  issues: SchemaIssue[],
  violations: IPrismDiagnostic[],
): string {
  if (fact.requestSchema && (contentType === undefined || !isJsonMediaType(contentType))) {
    return contentType === undefined
      ? 'The request has no Content-Type header; send the body as application/json.'
      : `The request body must be application/json, not ${contentType.split(';')[0]?.trim()}.`;
  }
  if (issues.length > 0) return describeBodyIssues(issues);
  // Prism found something the contract's validator did not (headers, query): its own words.
  return violations.map((violation) => lowerFirst(violation.message)).join('; ');
}

function withError(challenge: string, error: string): string {
  return /\s/.test(challenge.trim()) ? `${challenge}, error="${error}"` : `${challenge} error="${error}"`;
}

function flattenHeaders(request: IncomingMessage): IHttpNameValue {
  const headers: IHttpNameValue = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function searchParamsToNameValues(searchParams: URLSearchParams): IHttpNameValues {
  const params: IHttpNameValues = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    params[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return params;
}

function isProblem(value: object): value is PrismProblem {
  return isObject(value) && value.kind === 'problem';
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
