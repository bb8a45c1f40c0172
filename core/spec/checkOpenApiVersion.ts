import { SpecError } from '../errors';
import type { JsonObject } from '../json/jsonObject';

/** Only OpenAPI 3.1 documents are supported (JSON Schema 2020-12 throughout). */
export function checkOpenApiVersion(specPath: string, document: JsonObject): void {
  if (typeof document.openapi !== 'string' || !/^3\.1\.\d+$/.test(document.openapi)) {
    const found =
      typeof document.openapi === 'string' ? document.openapi.slice(0, 40) : typeof document.openapi;
    throw new SpecError(`${specPath}: only OpenAPI 3.1 documents are supported, found openapi: ${found}`);
  }
}
