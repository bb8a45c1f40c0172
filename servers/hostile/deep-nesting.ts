import { createServer, type Server } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

export const NESTING_DEPTH = 100_000;

/** Answers every request with the reference's status and a JSON body of arrays nested 100,000 levels deep. */
export async function deepNesting(options: ReferenceAppOptions): Promise<Server> {
  const body = `${'['.repeat(NESTING_DEPTH)}${']'.repeat(NESTING_DEPTH)}`;
  return createServer(
    rewriteResponse(await createReferenceApp(options), (response) => ({ ...response, body })),
  );
}
