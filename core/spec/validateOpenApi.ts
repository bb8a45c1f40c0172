import { oneLine, SpecError } from '../errors';
import type { Spec } from './loadSpec';
import { loadSwaggerParser } from './swaggerParser';

/**
 * Validates a loaded spec against the OpenAPI 3.1 schema with swagger-parser (for `lint` and `diff`; `check`
 * and the mock leave this to `lint`). swagger-parser gets a copy of the bundled document, never a path, and may
 * not resolve anything outside it, so it reads no file. A problem is a one-line SpecError.
 */
export async function validateOpenApi(spec: Spec): Promise<void> {
  const SwaggerParser = loadSwaggerParser();
  try {
    await SwaggerParser.validate(structuredClone(spec.raw) as never, {
      resolve: { external: false },
      dereference: { circular: true },
    });
  } catch (error) {
    throw new SpecError(`${spec.specPath}: ${briefValidationMessage(oneLine(error))}`);
  }
}

/** swagger-parser lists every schema branch that failed; the first few locate the problem. */
function briefValidationMessage(message: string): string {
  const [head, ...locations] = message.split(/ (?=#\/)/);
  if (locations.length <= 3) return message;
  return `${head} ${locations.slice(0, 3).join('; ')} (and ${locations.length - 3} more)`;
}
