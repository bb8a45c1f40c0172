import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { MockOperation } from '../mockOperation';
import type { ResourceCollections } from '../store/resourceCollections';
import type { ResourceStore } from '../store/resourceStore';

/** What the mock shares with every action's realism: set up once, at start. */
export interface RealismTools {
  validator: SchemaValidator;
  /** A fresh server-assigned ID fitting a property schema, or undefined when none fits. */
  freshId(schema: object): string | undefined;
  /** The collections of resources the spec's declared actions act on. */
  collections: ResourceCollections;
  /** The resources the mock's answers have made exist. */
  store: ResourceStore;
}

/** One 2xx answer to make realistic. */
export interface RealismInput {
  status: number;
  /** The validated request body. */
  submitted: unknown;
  /** What Prism answered: the first example or a generated body, and its headers. */
  base: unknown;
  headers: Record<string, string>;
  /** The current time, RFC 3339. */
  now: string;
  /** The ID in the request's path (`x-lakesail-role: id`), for an operation on one resource. */
  resourceId: string | undefined;
  /** The status was asked for (`Prefer: code=`): the answer keeps it even where the mock has no resource. */
  forced: boolean;
}

/** What a real server would send instead of Prism's answer. */
export interface RealAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * An operation's realism. It answers at once, or (with a state file) once its change is on disk: the answer to
 * a change is never sent before the change would survive a restart.
 */
export interface OperationRealism {
  answer(input: RealismInput): RealAnswer | Promise<RealAnswer>;
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
