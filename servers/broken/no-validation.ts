import type { RequestListener } from 'node:http';
import { loadContract } from '../../core/spec/loadContract';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';

/** Never validates the body against UserSpec: any JSON object is created (201), whatever it holds or lacks. */
export async function noValidation(options: ReferenceAppOptions): Promise<RequestListener> {
  const contract = options.contract ?? (await loadContract());
  // Only "is it an object" is left of the request schema, which keeps the reference's echo loop safe.
  const operation = { ...contract.operation, requestSchema: { type: 'object' } };
  return createReferenceApp({ ...options, contract: { ...contract, operation } });
}
