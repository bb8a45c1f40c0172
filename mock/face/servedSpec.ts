import { stringify } from 'yaml';
import { asObject, isObject, type JsonObject } from '../../core/json/jsonObject';
import { HTTP_METHODS } from '../../core/spec/extractOperations';

/** The spec as the mock serves it at `/openapi.json` and `/openapi.yaml`. */
export interface ServedSpec {
  json(address: string): string;
  yaml(address: string): string;
}

// Addresses a mock is reached at (localhost, 127.0.0.1, a LAN address...): few, but clients choose them.
const MAX_ADDRESSES = 16;

/**
 * The bundled spec (its `$ref`s kept, so a reader sees the schemas' names) with `servers` set to the mock's own
 * address and every path's or operation's own `servers` left out, so that a "try it" calls this mock. Each
 * text is made once per address.
 */
export function servedSpec(raw: JsonObject): ServedSpec {
  const texts = new Map<string, { json: string; yaml: string }>();
  const textsFor = (address: string) => {
    let made = texts.get(address);
    if (!made) {
      const document = withServers(raw, address);
      made = {
        json: JSON.stringify(document, null, 2),
        yaml: stringify(document, { aliasDuplicateObjects: false }),
      };
      if (texts.size >= MAX_ADDRESSES) texts.clear();
      texts.set(address, made);
    }
    return made;
  };
  return { json: (address) => textsFor(address).json, yaml: (address) => textsFor(address).yaml };
}

function withServers(raw: JsonObject, address: string): JsonObject {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(asObject(raw.paths))) {
    if (!isObject(item)) {
      paths[path] = item;
      continue;
    }
    const { servers: _pathServers, ...pathItem } = item;
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem[method])) continue;
      const { servers: _operationServers, ...operation } = pathItem[method] as JsonObject;
      pathItem[method] = operation;
    }
    paths[path] = pathItem;
  }
  return { ...raw, servers: [{ url: address, description: 'This mock' }], paths };
}
