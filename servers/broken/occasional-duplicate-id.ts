import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteCreatedUser } from '../rewrite/rewriteCreatedUser';

/** Gives every 7th created user the id of the user created before it (a racy id generator). */
export async function occasionalDuplicateId(options: ReferenceAppOptions): Promise<RequestListener> {
  let created = 0;
  let previousId: unknown;
  return rewriteCreatedUser(await createReferenceApp(options), (user) => {
    created++;
    const id = created % 7 === 0 ? previousId : user.id;
    previousId = id;
    return { ...user, id };
  });
}
