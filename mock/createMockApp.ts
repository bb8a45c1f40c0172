import type { RequestListener } from 'node:http';
import { oneLine } from '../core/errors';
import { sendError } from '../core/http/sendJson';
import { loadSpecCached } from '../core/spec/loadSpecCached';
import type { RealismTools } from './actions/actionRealism';
import { resourceMaker } from './actions/resourceMaker';
import { createFreshIds } from './createFreshIds';
import { createMockFace } from './face/createMockFace';
import { handleRequest } from './handleRequest';
import type { MockContext } from './mockContext';
import { mockOperations } from './mockOperation';
import { type MockOptions, resolveMockOptions } from './mockOptions';
import { createPrismEngine } from './prismEngine';
import { stateRoutes } from './stateRoutes';
import { openStore } from './store/openStore';
import { resourceCollections } from './store/resourceCollections';

/** The mock as a request listener, and what stopping it waits for. */
export interface MockApp {
  listener: RequestListener;
  /** Resolves once every change to the store is on disk (`--state-file`): stopping waits for it. */
  idle(): Promise<void>;
}

/**
 * The mock as a request listener: a thin node:http layer around Prism (handleRequest has the stages). It
 * serves any OpenAPI 3.1 spec: Prism's behaviour everywhere, the mock's realism (tokens, echo, fresh IDs, the
 * resources it keeps, errors that name the problem) wherever the spec declares what an operation means, and its
 * own pages (`/`, `/openapi.yaml`, `/openapi.json`, `/docs`, `/__mock/...`) beside the spec's paths.
 */
export async function createMockApp(options: MockOptions = {}): Promise<MockApp> {
  const settings = resolveMockOptions(options);
  // Read as the kit reads it (the meta-schema is lint's), and kept while the file is unchanged: a suite that
  // starts many mocks, or the kit and a mock in one process, compile the spec's schemas once.
  const spec = loadSpecCached(settings.specPath, {
    maxSpecBytes: settings.maxSpecBytes,
    validateSchemas: false,
  });
  const freshId = createFreshIds(spec.validator);
  const collections = resourceCollections(spec);
  // Before Prism starts (a second): a state or data file that cannot be used stops the mock at once.
  const store = openStore({
    collections,
    settings,
    validator: spec.validator,
    maker: resourceMaker({ validator: spec.validator, freshId }),
  });
  // Prism gets the document the safe loader produced, never the path: it must not read any file itself.
  const engine = await createPrismEngine({
    document: spec.raw,
    dynamic: settings.dynamic,
    seed: settings.seed,
  });
  const tools: RealismTools = { validator: spec.validator, freshId, collections, store };
  const operations = mockOperations(spec, engine.operations, tools);
  const state = stateRoutes({
    collections: collections.all,
    store,
    seeded: settings.dataFile !== undefined,
    routes: engine.route,
  });
  const mock: MockContext = {
    settings,
    spec,
    engine,
    operations,
    tokens: { tokens: new Set(settings.tokens), forbiddenTokens: new Set(settings.forbiddenTokens) },
    tools,
    face: createMockFace({
      spec,
      settings,
      operations: [...operations.values()],
      collections: collections.all,
      state,
      routes: engine.route,
    }),
    state,
  };
  const listener: RequestListener = (request, response) => {
    handleRequest(mock, request, response).catch((error: unknown) => {
      // A bug of the mock: the details go to its console, never into the body (they may name files).
      // The query is left out: it is the client's, and may hold anything.
      const path = (request.url ?? '').split('?')[0];
      process.stderr.write(`mock: failed to answer ${request.method} ${path}: ${oneLine(error)}\n`);
      if (response.headersSent) response.destroy();
      else sendError(response, 500, 'The mock failed to answer this request; its console says why.');
    });
  };
  return { listener, idle: () => store.idle() };
}
