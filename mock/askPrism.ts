import type { IHttpNameValue, IHttpNameValues, IHttpRequest } from '@stoplight/prism-http';
import type { RequestTarget } from '../core/http/readTarget';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';
import type { PrismAnswer, RequestPreferences } from './prismEngine';
import type { RequestBody } from './readRequestBody';

/** What Prism is asked. */
export interface PrismQuestion {
  method: string;
  target: RequestTarget;
  headers: IHttpNameValue;
  body: RequestBody;
  preferences: RequestPreferences;
}

// Distinct Accept headers remembered per operation: clients choose them, so the memory is bounded.
const MAX_REMEMBERED = 32;

/**
 * Prism's answer: validation, security, negotiation, the example or a generated body. When Prism would check
 * nothing the mock has not already checked (a valid request to an operation without parameters or security
 * other than a bearer token), Prism skips its validation; if the request also asks for nothing (static mode),
 * Prism's answer depends only on the `Accept` header: it is asked once per header value and remembered, which
 * spares its whole pipeline on the common request.
 */
export function askPrism(
  mock: MockContext,
  operation: MockOperation,
  question: PrismQuestion,
): Promise<PrismAnswer> {
  const checked = operation.prismAnswerRepeats && question.body.checked;
  const route = { operation: operation.prism, checked };
  const repeats = checked && !mock.settings.dynamic && Object.keys(question.preferences).length === 0;
  if (!repeats) return mock.engine.request(prismRequest(question), question.preferences, route);
  const accept = question.headers.accept ?? '';
  const remembered = rememberedAnswers(operation);
  let answer = remembered.get(accept);
  if (!answer) {
    answer = mock.engine.request(prismRequest(question), question.preferences, route);
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(accept, answer);
    // A failure is never remembered.
    answer.catch(() => remembered.delete(accept));
  }
  return answer;
}

const answers = new WeakMap<MockOperation, Map<string, Promise<PrismAnswer>>>();

function rememberedAnswers(operation: MockOperation): Map<string, Promise<PrismAnswer>> {
  let remembered = answers.get(operation);
  if (!remembered) {
    remembered = new Map();
    answers.set(operation, remembered);
  }
  return remembered;
}

function prismRequest({ method, target, headers, body }: PrismQuestion): IHttpRequest {
  return {
    method: method.toLowerCase() as IHttpRequest['method'],
    url: { path: target.path, query: nameValues(target.query) },
    headers,
    body: body.value,
  };
}

function nameValues(searchParams: URLSearchParams): IHttpNameValues {
  const params: IHttpNameValues = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    params[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return params;
}
