import type { Mutation, MutationLevel } from '../model/testCase';

type JsonObject = Record<string, unknown>;

/** What a mutation may read besides the body it breaks. */
export interface MutationContext {
  /** The request schema (dereferenced). */
  schema: JsonObject;
  /** The request media type, sent with every mutated body but `wrong-content-type`'s. */
  mediaType: string;
  /** Names an added unknown property never takes (request and response properties, `__proto__`). */
  reservedPropertyNames: ReadonlySet<string>;
}

/** A body broken by a mutation, ready to send. */
export interface MutatedBody {
  /** The mutated JSON value; undefined when the body is not JSON text. */
  value?: unknown;
  /** The exact request body text: `JSON.stringify(value)` whenever `value` is defined. */
  bodyText: string;
  /** The Content-Type header to send. */
  contentType: string;
  mutation: Mutation;
}

/**
 * A named way to break a valid body. Schema-level mutations are re-validated and dropped when the result is
 * still valid (see applyMutation); transport-level ones are sent as they are.
 */
export interface BodyMutation {
  /** Stable kebab-case name, never renamed once released. */
  name: string;
  level: MutationLevel;
  /** One line: what it does. */
  doc: string;
  /** Every way this mutation breaks `value` (deterministic; empty when it does not apply to it). */
  apply(value: unknown, context: MutationContext): MutatedBody[];
}

/** A schema-level mutation's result: the JSON value, its text and the request media type. */
export function mutatedValue(
  value: unknown,
  context: MutationContext,
  mutation: Omit<Mutation, 'level'>,
): MutatedBody {
  return {
    value,
    bodyText: JSON.stringify(value),
    contentType: context.mediaType,
    mutation: { ...mutation, level: 'schema' },
  };
}
