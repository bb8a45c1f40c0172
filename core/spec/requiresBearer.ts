import type { JsonObject } from '../json/jsonObject';

/**
 * True when the operation (or, without its own, the document) requires security and every requirement is an
 * HTTP bearer scheme: then a request without a valid bearer token must get 401.
 */
export function requiresBearer(document: JsonObject, operation: JsonObject): boolean {
  const security = (operation.security ?? document.security ?? []) as JsonObject[];
  const schemes = ((document.components as JsonObject | undefined)?.securitySchemes ?? {}) as Record<
    string,
    JsonObject | undefined
  >;
  return (
    security.length > 0 &&
    security.every((requirement) => {
      const names = Object.keys(requirement);
      return (
        names.length > 0 &&
        names.every(
          (name) =>
            schemes[name]?.type === 'http' && String(schemes[name]?.scheme).toLowerCase() === 'bearer',
        )
      );
    })
  );
}
