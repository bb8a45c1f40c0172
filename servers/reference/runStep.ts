import type { IncomingMessage } from 'node:http';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import { act, resourceId } from './act';
import { type Answer, refusal } from './answer';
import type { Step } from './referenceParts';
import type { Exchange, ServerContext } from './serverContext';

/** The client went away while the body was on its way: nothing is answered. */
export const ABANDONED = 'abandoned';

/** A step refuses the request (its answer ends it), abandons it, or lets it go on (undefined). */
export type StepResult = Answer | typeof ABANDONED | undefined;

const WWW_AUTHENTICATE = 'Bearer realm="lakesail"';

/** Runs one step of a request. */
export async function runStep(step: Step, exchange: Exchange, server: ServerContext): Promise<StepResult> {
  switch (step) {
    case 'authenticate':
      return authenticate(exchange, server);
    case 'authorize':
      return authorize(exchange, server);
    case 'resource-id':
      return checkResourceId(exchange, server);
    case 'body':
      return readRequestBody(exchange, server);
    case 'validate':
      return validate(exchange, server);
    case 'act':
      exchange.answer = await act(exchange, server);
      return undefined;
  }
}

function authenticate(exchange: Exchange, { parts, tokens, forbiddenTokens }: ServerContext): StepResult {
  const token = parts.presentedToken(exchange.request, exchange.body);
  if (token !== undefined && tokens.has(token)) exchange.identity = 'permitted';
  else if (token !== undefined && forbiddenTokens.has(token)) exchange.identity = 'forbidden';
  else {
    const message =
      token === undefined
        ? 'The request has no bearer token in its Authorization header.'
        : 'The bearer token is not valid.';
    return refusal(401, message, { 'WWW-Authenticate': WWW_AUTHENTICATE });
  }
  return undefined;
}

function authorize(exchange: Exchange, { parts }: ServerContext): StepResult {
  if (exchange.identity !== 'forbidden' || !parts.refusesWithoutPermission(exchange.operation))
    return undefined;
  return refusal(403, exchange.operation.forbiddenMessage);
}

function checkResourceId(exchange: Exchange, { parts, validator }: ServerContext): StepResult {
  const parameter = exchange.operation.resourceParameter;
  if (!parameter?.schema) return undefined;
  const id = resourceId(exchange);
  const issue = validator.validate(parameter.schema, id)[0];
  if (!issue) return undefined;
  if (parts.malformedIdStatus === 404) return refusal(404, `No user has the ID ${id}.`);
  return refusal(400, `request path parameter ${parameter.name} ${issue.message.replace(/^\(root\) /, '')}`);
}

async function readRequestBody(
  exchange: Exchange,
  { parts, maxBodyBytes }: ServerContext,
): Promise<StepResult> {
  const documented = exchange.operation.requestMediaType;
  if (documented === undefined) return undefined;
  if (!hasBody(exchange.request)) {
    return refusal(400, `The request has no body; send ${documented}.`);
  }
  const contentType = exchange.request.headers['content-type'] ?? '';
  if (!parts.bodyParser.accepts(contentType, documented)) {
    const given = mediaTypeEssence(contentType) || 'untyped';
    return refusal(415, `The request body must be ${documented}, not ${given}.`);
  }
  const received = await exchange.received;
  if (received.kind === 'aborted') return ABANDONED;
  if (received.kind === 'too-large') {
    return refusal(413, `The request body is larger than ${maxBodyBytes} bytes.`, { Connection: 'close' });
  }
  const parsed = parts.bodyParser.parse(contentType, received.bytes);
  if (parsed.kind === 'refused') return refusal(400, parsed.message);
  exchange.body = parsed.value;
  return undefined;
}

function validate(exchange: Exchange, { validator }: ServerContext): StepResult {
  const schema = exchange.operation.requestSchema;
  if (schema === undefined) return undefined;
  const issues = validator.validate(schema, exchange.body);
  if (issues.length === 0) return undefined;
  return refusal(400, `Invalid request body: ${issues.map((issue) => issue.message).join('; ')}.`);
}

/** Whether a request carries a body at all (RFC 9112, section 6.3): chunked, or a length above 0. */
function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length']) > 0;
}
