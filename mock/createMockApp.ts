import type { RequestListener } from 'node:http';
import { oneLine } from '../core/errors';
import { sendError } from '../core/http/sendJson';
import { loadSpec } from '../core/spec/loadSpec';
import type { RealismTools } from './actions/actionRealism';
import { createResourceStore } from './actions/resourceStore';
import { createFreshIds } from './createFreshIds';
import { createMockFace } from './face/createMockFace';
import { handleRequest } from './handleRequest';
import type { MockContext } from './mockContext';
import { mockOperations } from './mockOperation';
import { type MockOptions, resolveMockOptions } from './mockOptions';
import { createPrismEngine } from './prismEngine';

/**
 * The mock as a request listener: a thin node:http layer around Prism (handleRequest has the stages). It
 * serves any OpenAPI 3.1 spec: Prism's behaviour everywhere, the mock's realism (tokens, echo, fresh IDs,
 * errors that name the problem) wherever the spec declares what an operation means, and its own pages (`/`,
 * `/openapi.yaml`, `/openapi.json`, `/docs`) beside the spec's paths.
 */
export async function createMockApp(options: MockOptions = {}): Promise<RequestListener> {
  const settings = resolveMockOptions(options);
  const spec = loadSpec(settings.specPath, { maxSpecBytes: settings.maxSpecBytes });
  // Prism gets the document the safe loader produced, never the path: it must not read any file itself.
  const engine = await createPrismEngine({
    document: spec.raw,
    dynamic: settings.dynamic,
    seed: settings.seed,
  });
  const tools: RealismTools = {
    validator: spec.validator,
    freshId: createFreshIds(spec.validator),
    resources: createResourceStore(),
  };
  const operations = mockOperations(spec, engine.operations, tools);
  const mock: MockContext = {
    settings,
    spec,
    engine,
    operations,
    tokens: { tokens: new Set(settings.tokens), forbiddenTokens: new Set(settings.forbiddenTokens) },
    tools,
    face: createMockFace({ spec, settings, operations: [...operations.values()], routes: engine.route }),
  };
  return (request, response) => {
    handleRequest(mock, request, response).catch((error: unknown) => {
      // A bug of the mock: the details go to its console, never into the body (they may name files).
      // The query is left out: it is the client's, and may hold anything.
      const path = (request.url ?? '').split('?')[0];
      process.stderr.write(`mock: failed to answer ${request.method} ${path}: ${oneLine(error)}\n`);
      if (response.headersSent) response.destroy();
      else sendError(response, 500, 'The mock failed to answer this request; its console says why.');
    });
  };
}
