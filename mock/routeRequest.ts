import type { RequestTarget } from '../core/http/readTarget';
import type { FacePage } from './face/mockFace';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';
import type { StateRoute } from './stateRoutes';

export type Route =
  | { kind: 'operation'; operation: MockOperation }
  | { kind: 'face'; page: FacePage }
  | StateRoute
  | { kind: 'answer'; answer: MockAnswer };

/**
 * Where a request goes: one of the mock's own pages (the face), one of its state routes (`/__mock/users`,
 * `/__mock/reset`), an operation of the spec, or an answer right away: 404 for an unknown path, 405 with
 * `Allow` for a method the path does not have (204 to a plain OPTIONS).
 */
export function routeRequest(mock: MockContext, method: string, target: RequestTarget): Route {
  const page = mock.face.page(method, target.path);
  if (page) return page;
  const state = mock.state.route(method, target.path);
  if (state) return state;
  const route = mock.engine.route(method, target.path);
  if (route.kind === 'operation') {
    return { kind: 'operation', operation: mock.operations.get(route.operation) as MockOperation };
  }
  if (route.kind === 'no-path') {
    const served = [...mock.operations.values()].map(({ contract }) => `${contract.method} ${contract.path}`);
    const message =
      `No route for ${method} ${target.path}; this mock serves ${served.join(', ')} ` +
      `(the list, the spec and its docs: GET ${mock.face.indexPath}).`;
    return { kind: 'answer', answer: errorAnswer(404, message) };
  }
  const allow = [...route.allowedMethods, 'OPTIONS'].join(', ');
  if (method === 'OPTIONS')
    return { kind: 'answer', answer: { status: 204, headers: { Allow: allow }, body: undefined } };
  const message = `Method ${method} is not allowed on ${target.path}; use ${allow}.`;
  return { kind: 'answer', answer: errorAnswer(405, message, { Allow: allow }) };
}
