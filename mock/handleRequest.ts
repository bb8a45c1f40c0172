import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IHttpNameValue } from '@stoplight/prism-http';
import { readTarget } from '../core/http/readTarget';
import { askPrism } from './askPrism';
import { authenticate } from './authenticate';
import { checkPathParameters } from './checkPathParameters';
import { answerPreflight, applyCors, isPreflight } from './cors';
import { errorAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import { readPreferences } from './readPreferences';
import { readRequestBody } from './readRequestBody';
import { routeRequest } from './routeRequest';
import { sendAnswer } from './sendAnswer';
import { shapeAnswer } from './shapeAnswer';

/**
 * One request, stage by stage: CORS, the target, the route (the mock's pages, its `/__mock/` routes, an
 * operation, or 404/405), the bearer token (401/403 before anything else), the path parameters (400), `Prefer`,
 * the body (413, 400), Prism, then the answer made realistic (which may wait for the state file) and sent. Each
 * stage either passes on what it read or ends with an answer.
 */
export async function handleRequest(mock: MockContext, request: IncomingMessage, response: ServerResponse) {
  applyCors(request, response);
  if (isPreflight(request)) return answerPreflight(request, response);
  const method = request.method ?? 'GET';
  const target = readTarget(request.url);
  if (!target) {
    return sendAnswer(
      response,
      errorAnswer(400, `The request target ${JSON.stringify(request.url)} is not a valid path.`),
    );
  }
  const route = routeRequest(mock, method, target);
  if (route.kind === 'answer') return sendAnswer(response, route.answer);
  if (route.kind === 'face') return sendAnswer(response, mock.face.answer(route.page, request));
  if (route.kind === 'state') {
    // The `/__mock/` routes ignore any body: drained, never read.
    request.resume();
    return sendAnswer(response, await route.answer());
  }
  const { operation } = route;

  const authentication = authenticate(mock, operation, request.headers.authorization);
  if (authentication.kind === 'refused') return sendAnswer(response, authentication.answer);
  const malformed = checkPathParameters(mock, operation, target.path);
  if (malformed) return sendAnswer(response, malformed);
  const headers = flattenHeaders(request);
  // Prism only knows the scheme spelled `Bearer`; the token was checked already.
  if (authentication.token !== undefined) headers.authorization = `Bearer ${authentication.token}`;

  const preferences = readPreferences(mock, operation, target, headers);
  if (preferences.kind === 'answer') return sendAnswer(response, preferences.answer);

  const reading = await readRequestBody(mock, operation, request);
  if (reading.kind === 'aborted') return;
  if (reading.kind === 'answer') return sendAnswer(response, reading.answer);

  const question = { method, target, headers, body: reading.body, preferences: preferences.preferences };
  const prism = await askPrism(mock, operation, question);
  const answer = await shapeAnswer(mock, {
    operation,
    path: target.path,
    contentType: request.headers['content-type'],
    token: authentication.token,
    body: reading.body,
    preferences: preferences.preferences,
    code: preferences.code,
    prism,
  });
  sendAnswer(response, answer);
}

function flattenHeaders(request: IncomingMessage): IHttpNameValue {
  const headers: IHttpNameValue = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
