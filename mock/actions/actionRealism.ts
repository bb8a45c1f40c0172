import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { MockOperation } from '../mockOperation';
import type { ResourceStore } from './resourceStore';

/** What the mock shares with every action's realism: set up once, at start. */
export interface RealismTools {
  validator: SchemaValidator;
  /** A fresh server-assigned ID fitting a property schema, or undefined when none fits. */
  freshId(schema: object): string | undefined;
  /** The resources the mock's answers have made exist, by ID. */
  resources: ResourceStore;
}

/** One 2xx answer to make realistic. */
export interface RealismInput {
  status: number;
  /** The validated request body. */
  submitted: unknown;
  /** What Prism answered: the first example or a generated body. */
  base: unknown;
  /** The current time, RFC 3339. */
  now: string;
}

/** An operation's realism: the body a real server would send instead of Prism's. */
export interface OperationRealism {
  answer(input: RealismInput): unknown;
}

/**
 * The realism of one `x-lakesail-action`, prepared once per operation at start (`where` names the operation in
 * a SpecError); undefined when the operation gives it nothing to work with. Adding an action is adding a file
 * that exports one of these, and a line in `actions/index.ts`.
 */
export type ActionRealism = (
  operation: MockOperation,
  where: string,
  tools: RealismTools,
) => OperationRealism | undefined;
