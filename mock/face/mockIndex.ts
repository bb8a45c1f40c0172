import { asObject } from '../../core/json/jsonObject';
import { valueAtPointer } from '../../core/spec/jsonPointer';
import type { Spec } from '../../core/spec/loadSpec';
import type { MockOperation } from '../mockOperation';
import type { StateMode } from './stateMode';
import type { TokenMode } from './tokenMode';

/** What the mock offers, as `GET /` answers any client that is not a browser. */
export interface MockIndex {
  title: string;
  version: string;
  /** Absolute URLs of the mock's pages: this index, the interactive docs, the spec. */
  links: { index: string; docs: string; openapiYaml: string; openapiJson: string };
  tokens: TokenMode;
  /** What the mock keeps, and the URLs that list and reset it. */
  state: StateMode;
  operations: IndexedOperation[];
  /** How to ask for a status, an example or a generated body. */
  preferences: string[];
}

export interface IndexedOperation {
  operationId: string;
  method: string;
  /** The full URL of the path template. */
  url: string;
  summary: string | undefined;
  requiresBearerToken: boolean;
  /** Declared meaning (`x-lakesail-action`), when there is one. */
  action: string | undefined;
  /** What `Prefer: code=` may ask for. */
  statuses: string[];
  /** Named examples by status, for `Prefer: example=`. */
  examples: Record<string, string[]>;
}

export const PREFERENCES = [
  'Prefer: code=N answers with a status the operation documents (exactly, by a range such as 5XX, or by default); any other N gets 400.',
  'Prefer: example=NAME answers with that named example, exactly as written.',
  'Prefer: dynamic=true generates the body from the schema.',
  'Without headers: ?__code=N, ?__example=NAME, ?__dynamic=true.',
];

export function mockIndex(
  spec: Spec,
  operations: readonly MockOperation[],
  tokens: TokenMode,
  state: StateMode,
  links: MockIndex['links'],
  address: string,
): MockIndex {
  const info = asObject(spec.document.info);
  return {
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    links,
    tokens,
    state,
    operations: operations.map(({ contract, documentedStatuses }) => ({
      operationId: contract.operationId,
      method: contract.method,
      url: `${address}${contract.path}`,
      summary: contract.summary,
      requiresBearerToken: contract.requiresBearer,
      action: contract.semantics?.action,
      statuses: documentedStatuses,
      examples: exampleNames(spec, contract.pointer),
    })),
    preferences: PREFERENCES,
  };
}

function exampleNames(spec: Spec, pointer: string): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  const operation = valueAtPointer(spec.document, pointer);
  for (const [status, response] of Object.entries(asObject(asObject(operation).responses))) {
    const found = Object.values(asObject(asObject(response).content)).flatMap((media) =>
      Object.keys(asObject(asObject(media).examples)),
    );
    if (found.length > 0) names[status] = [...new Set(found)];
  }
  return names;
}
