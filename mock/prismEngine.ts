import type { IPrismDiagnostic } from '@stoplight/prism-core';
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpConfig,
  type IHttpOperationConfig,
  type IHttpRequest,
  type IHttpResponse,
  type PrismHttpComponents,
} from '@stoplight/prism-http';
// Deep imports: the pinned Prism versions (package.json) do not export these two from their index;
// test/mock/prismEngine.test.ts pins what the mock relies on.
import route from '@stoplight/prism-http/dist/router';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest';
import { pathTemplateMatcher } from '../core/spec/pathTemplate';
import { noopLogger } from './noopLogger';

export type HttpOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** Where a method and path lead: an operation, no path, or a path without that method. */
export type RouteResult =
  | { kind: 'operation'; operation: HttpOperation }
  | { kind: 'no-path' }
  | { kind: 'no-method'; allowedMethods: string[] };

/** What Prism answers: a response (with the request violations it found), or a problem it refused with. */
export type PrismAnswer =
  | { kind: 'response'; response: IHttpResponse; inputViolations: IPrismDiagnostic[] }
  | PrismProblem;

/** Prism refused to answer: no such example, a malformed `Prefer`, a media type it cannot produce... */
export type PrismProblem = { kind: 'problem'; status: number; message: string };

/** Per-request Prism settings from `Prefer` (or Prism's `__code`-style query parameters). */
export type RequestPreferences = Partial<Omit<IHttpOperationConfig, 'mediaTypes'>>;

export interface PrismEngine {
  operations: HttpOperation[];
  route(method: string, path: string): RouteResult;
  /** Prism's reading of the `Prefer` header; a malformed one is a problem (Prism answers 422). */
  preferences(request: Pick<IHttpRequest, 'headers' | 'url'>): RequestPreferences | PrismProblem;
  /**
   * Prism's answer for an operation already routed to. `checked`: the mock has checked everything Prism would
   * (see MockOperation.prismAnswerRepeats), so Prism skips its own validation.
   */
  request(
    input: IHttpRequest,
    preferences: RequestPreferences,
    route: { operation: HttpOperation; checked: boolean },
  ): Promise<PrismAnswer>;
}

export interface PrismEngineOptions {
  /** The bundled spec (every `$ref` inside it). */
  document: object;
  dynamic: boolean;
  seed: string | undefined;
}

/**
 * Prism embedded as a library: routing, request validation, security, negotiation and
 * example/dynamic bodies, without its HTTP server and without its logs.
 */
export async function createPrismEngine(options: PrismEngineOptions): Promise<PrismEngine> {
  const operations = await getHttpOperationsFromSpec(structuredClone(options.document));
  // Prism would call a spec's callback URLs, built from the request, after answering: a request to the mock
  // must never make the mock send requests elsewhere.
  for (const operation of operations) delete operation.callbacks;
  const baseMock: IHttpOperationConfig = { dynamic: options.dynamic };
  if (options.seed !== undefined) baseMock.seed = options.seed;
  const config: IHttpConfig = {
    checkSecurity: true,
    validateRequest: true,
    // The mock rewrites Prism's bodies afterwards and its tests validate what it really sends,
    // so validating Prism's intermediate output would cost time for nothing.
    validateResponse: false,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    mock: baseMock,
  };
  const prism = createInstance(config, { logger: noopLogger as PrismHttpComponents['logger'] });

  // Prism returns fp-ts Eithers; their `_tag` is read directly so the mock does not depend on fp-ts.
  const routeTo = (method: string, path: string) =>
    route({
      resources: operations,
      input: { method: method.toLowerCase() as IHttpRequest['method'], url: { path } },
    });

  // Prism routes again inside `request`; remembering answers spares the first routing on hot paths.
  // Bounded, since clients choose the paths.
  const routes = new Map<string, RouteResult>();
  const routeUncached = (method: string, path: string): RouteResult => {
    const result = routeTo(method, path);
    if (result._tag === 'Right') return { kind: 'operation', operation: result.right };
    const allowedMethods = operations
      .filter((operation) => routeTo(operation.method, path)._tag === 'Right')
      .map((operation) => operation.method.toUpperCase());
    return allowedMethods.length === 0 ? { kind: 'no-path' } : { kind: 'no-method', allowedMethods };
  };

  const itemRoute = itemRouter(operations);

  return {
    operations,
    route(method, path) {
      const key = `${method} ${path}`;
      let result = routes.get(key) ?? itemRoute(method, path);
      if (!result) {
        if (routes.size >= 1000) routes.clear();
        result = routeUncached(method, path);
        routes.set(key, result);
      }
      return result;
    },
    preferences(request) {
      const result = getHttpConfigFromRequest(request);
      if (result._tag === 'Left') return toProblem(result.left);
      return result.right;
    },
    async request(input, preferences, { operation, checked }) {
      // A fresh mock config per request: Prism writes the negotiated media types into it.
      const mock: IHttpOperationConfig = { ...baseMock };
      for (const [key, value] of Object.entries(preferences)) {
        if (value !== undefined) (mock as unknown as Record<string, unknown>)[key] = value;
      }
      // Routed already: Prism routes again, over the one operation.
      const perRequest = { ...config, mock, checkSecurity: !checked, validateRequest: !checked };
      const result = await prism.request(input, [operation], perRequest)();
      if (result._tag === 'Left') return toProblem(result.left);
      return {
        kind: 'response',
        response: result.right.output,
        inputViolations: result.right.validations.input,
      };
    },
  };
}

/**
 * Routes a path that fits exactly one templated path of the spec (`/users/U7K2` and `/users/{user}`), without
 * Prism's router: every user's page is a path of its own, which the route cache cannot keep, and Prism's router
 * takes some 20 µs for each. Any other path (a concrete one, several templates that fit, a percent-encoded
 * segment Prism decodes before it compares) is left to Prism's router: undefined.
 */
function itemRouter(operations: HttpOperation[]): (method: string, path: string) => RouteResult | undefined {
  const templates = new Map<string, Map<string, HttpOperation>>();
  for (const operation of operations) {
    const byMethod = templates.get(operation.path) ?? new Map<string, HttpOperation>();
    byMethod.set(operation.method.toUpperCase(), operation);
    templates.set(operation.path, byMethod);
  }
  const matchers = [...templates].map(([template, byMethod]) => ({
    fits: pathTemplateMatcher(template),
    templated: template.includes('{'),
    byMethod,
  }));
  return (method, path) => {
    if (path.includes('%')) return undefined;
    let found: (typeof matchers)[number] | undefined;
    for (const matcher of matchers) {
      if (!matcher.fits(path)) continue;
      if (found) return undefined;
      found = matcher;
    }
    const operation = found?.templated ? found.byMethod.get(method.toUpperCase()) : undefined;
    return operation ? { kind: 'operation', operation } : undefined;
  };
}

function toProblem(error: Error & { status?: number; detail?: string }): PrismProblem {
  return {
    kind: 'problem',
    status: typeof error.status === 'number' ? error.status : 500,
    message: error.detail || error.message,
  };
}
