import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseBearer } from '../../core/http/parseBearer';
import { asObject } from '../../core/json/jsonObject';
import { parseJsonBody } from '../../core/json/parseJsonBody';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import type { Action } from '../../core/spec/operationSemantics';
import type { UniqueKey, User, UserStore } from './userStore';
import type { ServedOperation, UserRoles } from './usersResource';

/**
 * What a request goes through before (and, in a variation, after) its action, in order: `authenticate` (401),
 * `authorize` (403), `resource-id` (the ID in the path: 400), `body` (read and parse it: 400, 413, 415),
 * `validate` (against the request schema: 400) and `act` (create, describe or update).
 */
export type Step = 'authenticate' | 'authorize' | 'resource-id' | 'body' | 'validate' | 'act';

/** How the body of a request becomes a value. */
export interface BodyParser {
  /** Whether a body with this Content-Type is read at all (the documented media type); any other gets 415. */
  accepts(contentType: string, documented: string): boolean;
  /** The body as a value, or why it is refused (400). May throw: the server then answers 500. */
  parse(
    contentType: string,
    bytes: Buffer,
  ): { kind: 'value'; value: unknown } | { kind: 'refused'; message: string };
}

/** What a create or an update needs to make the stored user. */
export interface Making {
  roles: UserRoles;
  /** The request properties the operation stores (declared by its schema, never a role's). */
  properties: string[];
  nowMs: number;
  /** A time as the server stores and answers it. */
  format(ms: number): string;
}

/**
 * The parts the reference server is made of. A variation (a broken or a conformant proof server) replaces
 * one of them, the way a team's framework or code differs: one defect, or one legal choice, each.
 */
export interface ReferenceParts {
  /** The steps of an operation, in order. */
  steps(action: Action): readonly Step[];
  /** The bearer token a request presents; `body` is the parsed body when `body` runs before `authenticate`. */
  presentedToken(request: IncomingMessage, body: unknown): string | undefined;
  bodyParser: BodyParser;
  /** Whether an identity without the operation's permission gets 403. */
  refusesWithoutPermission(operation: ServedOperation): boolean;
  /** The status of a user ID that is not a ResourceId: 400, or 404 (no user has it), both conformant. */
  malformedIdStatus: 400 | 404;
  /** A fresh user ID; `taken` says whether a user already has one. */
  newId(taken: (id: string) => boolean): string | Promise<string>;
  /** A time as stored and answered. */
  formatTime(ms: number): string;
  /** The user a valid create makes. */
  newUser(making: Making, id: string, body: unknown): User;
  /** What a valid update makes of a user. */
  revisedUser(making: Making, current: User, body: unknown): User;
  /** Values no two users may share; none in the reference. */
  uniqueKeys(user: User): UniqueKey[];
  /** The store as the server uses it: the reference's own, or a variation's wrapper of it. */
  store(store: UserStore): UserStore;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The correct server's parts. */
export const REFERENCE_PARTS: ReferenceParts = {
  // Authentication first, before anything else about the request is looked at.
  steps: () => ['authenticate', 'authorize', 'resource-id', 'body', 'validate', 'act'],
  presentedToken: (request) => bearerToken(request.headers.authorization),
  bodyParser: {
    accepts: (contentType, documented) => mediaTypeEssence(contentType) === mediaTypeEssence(documented),
    parse(_contentType, bytes) {
      const parsed = parseJsonBody(bytes);
      if (parsed.kind === 'json') return { kind: 'value', value: parsed.value };
      if (parsed.kind === 'invalid')
        return { kind: 'refused', message: 'The request body is not valid JSON.' };
      return { kind: 'refused', message: parsed.message };
    },
  },
  // `required: false` (DescribeUser) lets the server choose: the reference answers such an identity.
  refusesWithoutPermission: (operation) => operation.contract.semantics?.permission?.required ?? true,
  malformedIdStatus: 400,
  newId(taken) {
    for (;;) {
      let id = '';
      for (let i = 0; i < 12; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
      if (!taken(id)) return id;
    }
  },
  formatTime: (ms) => new Date(ms).toISOString(),
  newUser({ roles, properties, nowMs, format }, id, body) {
    const user: User = { [roles.id]: id, ...picked(properties, body) };
    user[roles.createdAt] = format(nowMs);
    user[roles.updatedAt] = format(nowMs);
    return user;
  },
  // Every update moves updatedAt forward, one that changes nothing too (the contract lets a server keep it).
  revisedUser({ roles, properties, nowMs, format }, current, body) {
    const previous = Date.parse(String(current[roles.updatedAt]));
    const updatedAt = Number.isNaN(previous) ? nowMs : Math.max(nowMs, previous + 1);
    return { ...current, ...picked(properties, body), [roles.updatedAt]: format(updatedAt) };
  },
  uniqueKeys: () => [],
  store: (store) => store,
};

/** The bearer token of an `Authorization` header (core's RFC 9110 parser), or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const credentials = parseBearer(header);
  return credentials.kind === 'token' ? credentials.token : undefined;
}

/** The listed properties the body has (its own, not inherited), as sent; unknown ones are left out. */
export function picked(properties: readonly string[], body: unknown): User {
  const sent = asObject(body);
  const values: User = {};
  for (const property of properties) if (Object.hasOwn(sent, property)) values[property] = sent[property];
  return values;
}
