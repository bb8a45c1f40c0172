import type { OperationContract } from '../core/spec/operationContract';

/**
 * Reads the ID of the resource an operation is about from a request path: the value of the path parameter the
 * spec marks `x-lakesail-role: id` (`/users/{user}` and `/users/U7K2` give `U7K2`). Undefined for an operation
 * without one, or a path that does not fit the template.
 */
export function resourceIdReader(contract: OperationContract): (path: string) => string | undefined {
  const name = contract.semantics?.resourceParameter;
  if (name === undefined) return () => undefined;
  const names: string[] = [];
  const source = contract.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const parameter = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (parameter === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(parameter);
      return '([^/]+)';
    })
    .join('');
  const pattern = new RegExp(`^${source}$`);
  const group = names.indexOf(name) + 1;
  return (path) => {
    const value = pattern.exec(path)?.[group];
    if (value === undefined) return undefined;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
}
