import {
  createAda,
  describeUser,
  FORBIDDEN_TOKEN,
  idOf,
  json,
  type Send,
  status,
  updateUser,
} from './demonstration';

const FORBIDDEN = `Bearer ${FORBIDDEN_TOKEN}`;
/** A race is shown only if it shows on every one of this many tries. */
const TRIES = 5;

/** True when `shows` is true on each of TRIES tries: a race defect must show every time, never by luck. */
async function everyTime(shows: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < TRIES; i++) if (!(await shows())) return false;
  return true;
}

/**
 * The defects of the users resource as a whole, each shown by a sequence of requests (concurrent ones for the
 * races): true on its broken server, false on the reference.
 */
export const STATEFUL_DEFECTS: Record<string, (send: Send) => Promise<boolean>> = {
  'stale-describe': async (send) => {
    const id = idOf(await createAda(send));
    const updated = json(await updateUser(send, id, { displayName: 'Countess of Lovelace' }));
    const described = json(await describeUser(send, id));
    return updated.displayName === 'Countess of Lovelace' && described.displayName === 'Ada Lovelace';
  },
  'lost-update': (send) =>
    everyTime(async () => {
      const id = idOf(await createAda(send));
      const statuses = await Promise.all([
        updateUser(send, id, { firstName: 'Augusta' }).then(status),
        updateUser(send, id, { lastName: 'King' }).then(status),
      ]);
      const user = json(await describeUser(send, id));
      return statuses.join() === '200,200' && !(user.firstName === 'Augusta' && user.lastName === 'King');
    }),
  'partial-update': async (send) => {
    const id = idOf(await createAda(send));
    const updated = await updateUser(send, id, { email: 'countess@example.org', displayName: 'Countess' });
    const user = json(await describeUser(send, id));
    return status(updated) === 200 && user.displayName === 'Countess' && user.email === 'ada@example.com';
  },
  'created-at-changes': async (send) => {
    const created = json(await createAda(send));
    const updated = json(await updateUser(send, String(created.id), { displayName: 'Countess' }));
    return updated.createdAt !== created.createdAt && updated.createdAt === updated.updatedAt;
  },
  'updated-at-goes-back': async (send) => {
    const created = json(await createAda(send));
    const updated = json(await updateUser(send, String(created.id), { displayName: 'Countess' }));
    return Date.parse(String(updated.updatedAt)) < Date.parse(String(created.updatedAt));
  },
  'forbidden-update-applied': async (send) => {
    const id = idOf(await createAda(send));
    const refused = await updateUser(send, id, { displayName: 'Viewer' }, FORBIDDEN);
    return status(refused) === 403 && json(await describeUser(send, id)).displayName === 'Viewer';
  },
  'forbidden-update-allowed': async (send) => {
    const id = idOf(await createAda(send));
    return status(await updateUser(send, id, { displayName: 'Viewer' }, FORBIDDEN)) === 200;
  },
  'invalid-update-applied': async (send) => {
    const id = idOf(await createAda(send));
    const refused = await updateUser(send, id, { displayName: 'Countess', email: 'not an address' });
    return status(refused) === 400 && json(await describeUser(send, id)).email === 'not an address';
  },
  'created-user-404': async (send) => {
    const first = idOf(await createAda(send));
    const justCreated = status(await describeUser(send, first));
    await createAda(send);
    return justCreated === 404 && status(await describeUser(send, first)) === 200;
  },
  'unknown-id-200': async (send) => {
    const described = await describeUser(send, 'U7K2Q9XW3M');
    return status(described) === 200 && Object.keys(json(described)).length === 0;
  },
  'concurrent-creates-share-id': (send) =>
    everyTime(async () => {
      const [first, second] = await Promise.all([createAda(send), createAda(send)]);
      return status(first) === 201 && status(second) === 201 && idOf(first) === idOf(second);
    }),
  'concurrent-update-500': (send) =>
    everyTime(async () => {
      const id = idOf(await createAda(send));
      const statuses = await Promise.all([
        updateUser(send, id, { firstName: 'Augusta' }).then(status),
        updateUser(send, id, { lastName: 'King' }).then(status),
      ]);
      return statuses.includes(500);
    }),
  'refused-create-takes-username': async (send) => {
    const refused = await createAda(send, { username: 'grace', email: 'not an address' });
    const valid = await createAda(send, { username: 'grace', email: 'grace@example.com' });
    return status(refused) === 400 && status(valid) === 409;
  },
  'renamed-username-stays-taken': async (send) => {
    const id = idOf(await createAda(send, { username: 'ada', email: 'ada@example.com' }));
    const renamed = await updateUser(send, id, { username: 'countess' });
    const reused = await createAda(send, { username: 'ada', email: 'other@example.com' });
    return status(renamed) === 200 && status(reused) === 409;
  },
  'renamed-username-not-unique': async (send) => {
    const id = idOf(await createAda(send, { username: 'ada', email: 'ada@example.com' }));
    const duplicate = await createAda(send, { username: 'ada', email: 'twin@example.com' });
    await updateUser(send, id, { username: 'countess' });
    const taken = await createAda(send, { username: 'countess', email: 'other@example.com' });
    // Refuses a taken username, but lets a second user have the one just set.
    return status(duplicate) === 409 && status(taken) === 201;
  },
  'own-username-conflict': async (send) => {
    const id = idOf(await createAda(send, { username: 'ada', email: 'ada@example.com' }));
    return status(await updateUser(send, id, { username: 'ada' })) === 409;
  },
};
