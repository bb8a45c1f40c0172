import type { Contract } from '../../core/spec/loadContract';

/**
 * Every property name declared anywhere in the request or response schemas, and `__proto__`: an unknown extra
 * property never takes one of these names, so an echo of it can never be mistaken for a real field.
 */
export function reservedPropertyNames(contract: Contract): Set<string> {
  const names = new Set<string>(['__proto__']);
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const properties = (node as Record<string, unknown>).properties;
    if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
      for (const name of Object.keys(properties)) names.add(name);
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(contract.operation.requestSchema);
  for (const response of contract.operation.responses) walk(response.schema);
  return names;
}
