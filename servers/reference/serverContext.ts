import type { IncomingMessage } from 'node:http';
import type { BodyResult } from '../../core/http/readBody';
import type { PathParameters } from '../../core/spec/pathTemplate';
import type { SchemaValidator } from '../../core/spec/schemaValidator';
import type { Answer } from './answer';
import type { ReferenceParts } from './referenceParts';
import type { UserStore } from './userStore';
import type { ServedOperation, UsersResource } from './usersResource';

/** What every request of one server shares. */
export interface ServerContext {
  resource: UsersResource;
  parts: ReferenceParts;
  store: UserStore;
  validator: SchemaValidator;
  /** Identities with the permission the operations need. */
  tokens: ReadonlySet<string>;
  /** Valid identities without it. */
  forbiddenTokens: ReadonlySet<string>;
  maxBodyBytes: number;
}

/** One request on its way through the steps. */
export interface Exchange {
  request: IncomingMessage;
  operation: ServedOperation;
  parameters: PathParameters;
  /** The body, read from the start (so a wrapper reading it too sees the same bytes), up to the size limit. */
  received: Promise<BodyResult>;
  identity?: 'permitted' | 'forbidden';
  /** The parsed body, once `body` has run. */
  body?: unknown;
  /** What `act` answered; a later step may still refuse instead. */
  answer?: Answer;
}
