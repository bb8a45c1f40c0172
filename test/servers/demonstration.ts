import type { Observed, SendOptions } from './sendRequest';

/** What the server demonstrations share: the tokens the servers accept, a valid body, readers of an answer. */
export const TOKEN = 'valid-token-0123456789';
export const FORBIDDEN_TOKEN = 'forbidden-token-0123456789';
export const OPTIONS = { tokens: [TOKEN], forbiddenTokens: [FORBIDDEN_TOKEN] };
export const AUTH = `Bearer ${TOKEN}`;
export const ADA = {
  username: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  displayName: 'Ada Lovelace',
};

/** Sends one request to the server under demonstration. */
export type Send = (options: SendOptions) => Promise<Observed>;

export const status = (observed: Observed) =>
  observed.kind === 'response' ? observed.status : observed.kind;
export const json = (observed: Observed): Record<string, unknown> =>
  observed.kind === 'response' ? (JSON.parse(observed.text) as Record<string, unknown>) : {};
export const header = (observed: Observed, name: string) =>
  observed.kind === 'response' ? observed.headers[name] : undefined;
/** Creates Ada, with `body` overriding some of her values. */
export const createAda = (send: Send, body: object = {}) =>
  send({ authorization: AUTH, body: { ...ADA, ...body } });
/** The `id` a create answered with. */
export const idOf = (observed: Observed) => String(json(observed).id);
/** Describes the user `id`. */
export const describeUser = (send: Send, id: string, authorization: string = AUTH) =>
  send({ method: 'GET', path: `/${id}`, authorization });
/** Updates the user `id` with `body`. */
export const updateUser = (send: Send, id: string, body: unknown, authorization: string = AUTH) =>
  send({ method: 'PATCH', path: `/${id}`, authorization, body });
