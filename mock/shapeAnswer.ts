import type { IPrismDiagnostic } from '@stoplight/prism-core';
import { mediaTypeEssence } from '../core/spec/mediaType';
import type { OperationRealism, RealAnswer } from './actions/actionRealism';
import { withError } from './authenticate';
import { cleanGenerated } from './cleanGenerated';
import { describeBodyIssues } from './describeBodyIssues';
import { fittingMessage } from './fittingMessage';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';
import type { PreferredCode } from './preferredCode';
import type { PrismAnswer, RequestPreferences } from './prismEngine';
import type { RequestBody } from './readRequestBody';

/** What the answer is shaped from. */
export interface Exchange {
  operation: MockOperation;
  /** The request's path. */
  path: string;
  contentType: string | undefined;
  /** The bearer token the request carries, if the operation checked one. */
  token: string | undefined;
  body: RequestBody;
  preferences: RequestPreferences;
  code: PreferredCode | undefined;
  prism: PrismAnswer;
}

// Prism's DiagnosticSeverity.Error.
const SEVERITY_ERROR = 0;

/**
 * Prism's answer made realistic: an invalid request's message names the property and the rule; a valid
 * request's 2xx gets its action's realism (a `create` echoes the request, with a fresh ID and now, and keeps
 * the resource; a `describe` or an `update` finds it), which may wait for the state file; an error it asked for
 * with `Prefer: code=` carries a message that fits it; a generated body loses invented properties and ancient
 * dates. A named example (`Prefer: example=`) is sent exactly as written.
 */
export function shapeAnswer(mock: MockContext, exchange: Exchange): MockAnswer | Promise<MockAnswer> {
  const { prism, operation, body, preferences } = exchange;
  if (prism.kind === 'problem') return errorAnswer(prism.status, prism.message);
  const { statusCode: status, headers: prismHeaders = {}, body: prismBody } = prism.response;
  const headers: Record<string, string> = {};
  let mediaType: string | undefined;
  for (const [name, value] of Object.entries(prismHeaders)) {
    if (name.toLowerCase() === 'content-type') mediaType = value;
    else headers[name] = value;
  }
  const named = preferences.exampleKey !== undefined;
  let answerBody: unknown = prismBody;
  const invalid = prism.inputViolations.filter((violation) => violation.severity === SEVERITY_ERROR);
  const refused = invalid.length === 0 ? contractRefusal(operation, exchange.contentType, body) : undefined;
  if (refused !== undefined) return errorAnswer(400, refused);
  if (invalid.length > 0) {
    if (!named) {
      answerBody = { message: invalidRequestMessage(operation, exchange.contentType, body, invalid) };
    }
  } else if (!named) {
    const dynamic = preferences.dynamic ?? mock.settings.dynamic;
    const now = new Date().toISOString();
    const fits = (schema: object, value: unknown) =>
      mock.tools.validator.validate(schema, value).length === 0;
    if (dynamic) answerBody = cleanGenerated(operation.responseSchema(status), answerBody, now, fits);
    if (status >= 200 && status < 300 && operation.realism) {
      return realAnswer(operation.realism, exchange, { status, headers, body: answerBody, mediaType }, now);
    }
    if (exchange.code !== undefined && !dynamic && status >= 400) {
      answerBody = fittingBody(operation, exchange, status) ?? answerBody;
    }
  }
  if (status === 401) {
    addChallenge(operation, headers, exchange.token !== undefined && invalid.length === 0 && !named);
  }
  return { status, headers, body: answerBody, mediaType };
}

/** A valid request's 2xx as its action makes it real: at once, or once its change is on disk. */
function realAnswer(
  realism: OperationRealism,
  exchange: Exchange,
  answer: MockAnswer,
  now: string,
): MockAnswer | Promise<MockAnswer> {
  const real = realism.answer({
    status: answer.status,
    submitted: exchange.body.value,
    base: answer.body,
    headers: answer.headers,
    now,
    resourceId: exchange.operation.resourceId(exchange.path),
    forced: exchange.code !== undefined,
  });
  const shaped = (result: RealAnswer): MockAnswer => ({
    ...result,
    // A refusal of the realism (404, 409, 507) is the mock's own JSON `Error`.
    mediaType: result.status === answer.status ? answer.mediaType : undefined,
  });
  return real instanceof Promise ? real.then(shaped) : shaped(real);
}

/** With `Prefer: code=N`: the example of N that says what fits the request, else a message built for it. */
function fittingBody(operation: MockOperation, exchange: Exchange, status: number): unknown {
  const message = fittingMessage(operation, {
    status,
    tokenSent: exchange.token !== undefined,
    askedWith: exchange.code?.askedWith ?? `Prefer: code=${status}`,
    resourceId: operation.resourceId(exchange.path),
  });
  if (message === undefined || !operation.acceptsMessage(status)) return undefined;
  const example = operation
    .examples(status)
    .find((value) => (value as { message?: unknown } | null)?.message === message);
  return example ?? { message };
}

function addChallenge(operation: MockOperation, headers: Record<string, string>, tokenSent: boolean): void {
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'www-authenticate');
  const challenge = name === undefined ? operation.wwwAuthenticate : (headers[name] as string);
  if (name !== undefined) delete headers[name];
  headers['WWW-Authenticate'] = tokenSent ? withError(challenge, 'invalid_token') : challenge;
}

/** Why Prism found the request invalid, in words that name the property and the rule. */
function invalidRequestMessage(
  operation: MockOperation,
  contentType: string | undefined,
  body: RequestBody,
  violations: IPrismDiagnostic[],
): string {
  const mediaType = undocumentedMediaType(operation, contentType, body);
  if (mediaType !== undefined) return mediaType;
  if (body.issues.length > 0) return describeBodyIssues(body.issues);
  // Prism found something the contract's validator did not (headers, query): its own words.
  return violations.map((violation) => lowerFirst(violation.message)).join('; ');
}

/**
 * Why the contract refuses a request Prism let through: a body its validator refuses, or one of a media type the
 * operation does not document (Prism takes any `application/*+json` where `application/json` is documented, a
 * JSON Merge Patch say). The contract wins.
 */
function contractRefusal(
  operation: MockOperation,
  contentType: string | undefined,
  body: RequestBody,
): string | undefined {
  if (body.issues.length > 0) return describeBodyIssues(body.issues);
  return undocumentedMediaType(operation, contentType, body);
}

/** Why a request's body is not of a media type the operation documents; undefined when it is, or has none. */
function undocumentedMediaType(
  operation: MockOperation,
  contentType: string | undefined,
  body: RequestBody,
): string | undefined {
  const documented = operation.requestMediaTypes;
  if (documented.length === 0 || body.value === undefined) return undefined;
  const sent = contentType === undefined ? undefined : mediaTypeEssence(contentType);
  if (sent === undefined)
    return `The request has no Content-Type header; send the body as ${documented.join(' or ')}.`;
  if (!documented.includes(sent)) return `The request body must be ${documented.join(' or ')}, not ${sent}.`;
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
