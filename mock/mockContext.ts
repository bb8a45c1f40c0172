import type { Spec } from '../core/spec/loadSpec';
import type { RealismTools } from './actions/actionRealism';
import type { BearerTokens } from './checkBearer';
import type { MockFace } from './face/mockFace';
import type { MockOperation } from './mockOperation';
import type { ResolvedMockOptions } from './mockOptions';
import type { HttpOperation, PrismEngine } from './prismEngine';
import type { StateRoutes } from './stateRoutes';

/** Everything the stages of a request share, made once at start (createMockApp). */
export interface MockContext {
  settings: ResolvedMockOptions;
  spec: Spec;
  engine: PrismEngine;
  operations: ReadonlyMap<HttpOperation, MockOperation>;
  tokens: BearerTokens;
  tools: RealismTools;
  face: MockFace;
  state: StateRoutes;
}
