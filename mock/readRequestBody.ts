import type { IncomingMessage } from 'node:http';
import { readBody } from '../core/http/readBody';
import { parseJsonBody } from '../core/json/parseJsonBody';
import { isJsonMediaType, mediaTypeEssence } from '../core/spec/mediaType';
import type { SchemaIssue } from '../core/spec/schemaValidator';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';

/** A request body as the mock read it. */
export interface RequestBody {
  /** The parsed JSON, the text of another media type, or undefined without a body. */
  value: unknown;
  /** Where the body breaks the contract's request schema (empty when it keeps it or is not JSON). */
  issues: SchemaIssue[];
  /** The body is one of the operation's documented media types and keeps its schema, or absent as allowed. */
  checked: boolean;
}

export type BodyReading =
  | { kind: 'body'; body: RequestBody }
  | { kind: 'answer'; answer: MockAnswer }
  | { kind: 'aborted' };

/**
 * Reads the body within `--max-body-bytes` (413, closing the connection, past it), then: an empty body where
 * the operation requires one is 400; a JSON body too deep or not JSON is 400; a JSON body is validated against
 * the contract's schema (the issues go on to the answer, since Prism decides the status of an invalid request).
 */
export async function readRequestBody(
  mock: MockContext,
  operation: MockOperation,
  request: IncomingMessage,
): Promise<BodyReading> {
  const { maxBodyBytes } = mock.settings;
  const received = await readBody(request, maxBodyBytes);
  if (received.kind === 'aborted') return received;
  if (received.kind === 'too-large') {
    // Closing the connection spares reading the rest of a huge upload.
    const message = `The request body is larger than the mock's limit of ${maxBodyBytes} bytes (--max-body-bytes).`;
    return { kind: 'answer', answer: errorAnswer(413, message, { Connection: 'close' }) };
  }
  const documented = operation.contract.requestBody;
  if (received.bytes.length === 0) {
    if (documented?.required) {
      const kind = isJsonMediaType(documented.mediaType) ? 'JSON' : documented.mediaType;
      const message = `The request body is empty; send a ${kind} body (Content-Type: ${documented.mediaType}).`;
      return { kind: 'answer', answer: errorAnswer(400, message) };
    }
    return { kind: 'body', body: { value: undefined, issues: [], checked: true } };
  }
  const contentType = request.headers['content-type'];
  if (contentType === undefined || !isJsonMediaType(contentType)) {
    return { kind: 'body', body: { value: received.bytes.toString('utf8'), issues: [], checked: false } };
  }
  const parsed = parseJsonBody(received.bytes);
  if (parsed.kind !== 'json') return { kind: 'answer', answer: errorAnswer(400, parsed.message) };
  const schema = operation.requestSchema;
  const issues = schema ? mock.tools.validator.validate(schema, parsed.value) : [];
  const checked =
    schema !== undefined &&
    issues.length === 0 &&
    operation.requestMediaTypes.includes(mediaTypeEssence(contentType));
  return { kind: 'body', body: { value: parsed.value, issues, checked } };
}
