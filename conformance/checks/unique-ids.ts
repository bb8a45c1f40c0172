import { createHash } from 'node:crypto';
import { documentedResponse } from '../../core/spec/loadContract';
import type { CheckContext, RunCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { parseResponseBody } from './support/parseJsonBody';
import { responseOf } from './support/responseOf';
import { showValue } from './support/showValue';

const id = 'unique-ids';
const title = 'Duplicate resource id';

/**
 * The ids the run has seen, as their JSON or, past 64 characters, a digest of it (a server may send a megabyte
 * "id"), each with the case that got it first.
 */
type SeenIds = Map<string, string>;

/**
 * Every resource created in a run (a create's 2xx, whose documented schema marks its id with
 * `x-lakesail-role: id`) has an id no other one has; a schema without one leaves the check nothing to do.
 */
export const uniqueIds: RunCheck<SeenIds> = {
  kind: 'run',
  id,
  title,
  holds: 'every created user has a unique id',
  doc: 'Every resource created in the run (a 201 body) has an id that no other created resource has.',
  appliesTo: (testCase) => testCase.action === 'create' && testCase.body.mode === 'valid',
  needs: 'whole-body',
  newMemory: () => new Map(),
  check(exchange: Exchange, seen: SeenIds, context: CheckContext): Violation[] {
    const created = createdIdOf(exchange, context);
    if (created === undefined) return [];
    const { name, value: createdId } = created;
    const json = JSON.stringify(createdId);
    const key = json.length <= 64 ? json : createHash('sha256').update(json).digest('base64');
    const earlierCase = seen.get(key);
    if (earlierCase === undefined) {
      seen.set(key, exchange.testCase.label);
      return [];
    }
    return [
      {
        checkId: id,
        title,
        message: `The created resource got id ${showValue(createdId)}, already returned for an earlier request (${earlierCase})`,
        received: `${name}: ${showValue(createdId)}`,
        documented: 'a different id for every created resource',
      },
    ];
  },
};

/** The id the answer gives the created resource, with the property that holds it. */
function createdIdOf(
  exchange: Exchange,
  context: CheckContext,
): { name: string; value: unknown } | undefined {
  const response = responseOf(exchange);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  const name = documentedResponse(context.operationOf(exchange.testCase), response.status)?.roles.id;
  if (name === undefined) return undefined;
  const parsed = parseResponseBody(response);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
  const value = (parsed.value as Record<string, unknown>)[name];
  // A missing or null id is response-schema-conformance's finding; it is no evidence of a repeat.
  return value === null || value === undefined ? undefined : { name, value };
}
