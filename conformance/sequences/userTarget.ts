import type { OperationContract } from '../../core/spec/operationContract';
import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { ModelUser, ResourceModel } from './resourceModel';
import { userAt } from './resourceModel';
import type { SequenceContext } from './sequenceContext';

/**
 * Which user a describe or update names: one the model created, an id no user has, no valid id at all, or an id
 * given as written (a fixture's literal, sent percent-encoded).
 */
export type UserTarget =
  | { kind: 'existing'; index: number }
  | { kind: 'missing' }
  | { kind: 'malformed'; index: number }
  | { kind: 'literal'; id: string };

/**
 * Ids no id schema of a real API accepts, each a different fault: case, length, characters, spaces. Never a dot
 * segment (`.`, `..`): clients and servers remove those from a path (RFC 3986), so it names no ID at all.
 */
const MALFORMED_IDS = ['not-an-id!', 'lowercase', `${'9'.repeat(64)}`, 'A B', '%00'];

/** What a target resolves to now: the id to send, and the user the model knows by it (for `existing`). */
export interface ResolvedTarget {
  id: string;
  user?: ModelUser;
  /** What the id is, as far as the statuses go: a user's the model knows, no user's it knows, or not an id. */
  kind: 'existing' | 'missing' | 'malformed';
  /** `user 2`, `an id no user has`, `the malformed id "lowercase"`. */
  label: string;
}

export function resolveTarget(
  target: UserTarget,
  model: ResourceModel,
  context: SequenceContext,
  operation: OperationContract,
  validator: SchemaValidator,
): ResolvedTarget | undefined {
  if (target.kind === 'existing') {
    const user = userAt(model, target.index);
    return user ? { id: user.id, user, kind: 'existing', label: user.label } : undefined;
  }
  if (target.kind === 'missing') {
    return { id: context.missingId(), kind: 'missing', label: 'an id no user has' };
  }
  const schema = idSchema(operation);
  const refuses = (id: string) => schema !== undefined && validator.validate(schema, id).length > 0;
  if (target.kind === 'literal') return literalTarget(target.id, model, refuses(target.id));
  const refused = MALFORMED_IDS.filter(refuses);
  const id = refused[target.index % Math.max(1, refused.length)];
  return id === undefined ? undefined : malformed(id);
}

/**
 * An id as written: a user's when the model created one with it; else a valid id the model knows no user by (a
 * 404 by the model, though another client may have made it: only the fixture that gives it knows), or not an id.
 */
function literalTarget(id: string, model: ResourceModel, refused: boolean): ResolvedTarget {
  if (refused) return malformed(id);
  const user = model.users.find((candidate) => candidate.id === id);
  if (user) return { id, user, kind: 'existing', label: user.label };
  return { id, kind: 'missing', label: `the id ${JSON.stringify(id)}` };
}

function malformed(id: string): ResolvedTarget {
  return { id, kind: 'malformed', label: `the malformed id ${JSON.stringify(id)}` };
}

/** The schema of the path parameter that holds the resource's id. */
export function idSchema(operation: OperationContract): object | undefined {
  const name = operation.semantics?.resourceParameter;
  return operation.parameters.find((parameter) => parameter.in === 'path' && parameter.name === name)?.schema;
}

/** The path parameters of a request naming `id`. */
export function idParameters(operation: OperationContract, id: string): Record<string, string> {
  const name = operation.semantics?.resourceParameter;
  return name === undefined ? {} : { [name]: id };
}
