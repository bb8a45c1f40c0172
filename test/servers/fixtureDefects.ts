import { AUTH, createAda, describeUser, idOf, json, type Send, status } from './demonstration';

/**
 * The defects only a curated describe or update request shows (a fixture the kit sends as written, none of its
 * generated requests being like it): true on the broken server, false on the reference.
 */
export const FIXTURE_DEFECTS: Record<string, (send: Send) => Promise<boolean>> = {
  'merge-patch-accepted': async (send) => {
    const id = idOf(await createAda(send));
    const patched = await send({
      method: 'PATCH',
      path: `/${id}`,
      authorization: AUTH,
      contentType: 'application/merge-patch+json',
      body: { displayName: 'Countess of Lovelace' },
    });
    const user = json(await describeUser(send, id));
    return status(patched) === 200 && user.displayName === 'Countess of Lovelace';
  },
  'slash-id-500': async (send) =>
    status(await describeUser(send, encodeURIComponent('U7K2/Q9XW3M'))) === 500 &&
    status(await describeUser(send, 'u7k2q9xw3m')) === 404,
};
