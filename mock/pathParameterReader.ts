import type { OperationContract } from '../core/spec/operationContract';

/**
 * Reads the path parameters of an operation from a request path: `/users/{user}` and `/users/U7K2` give
 * `user` = `U7K2`, each value percent-decoded (kept as sent when it cannot be). Undefined for a path that
 * does not fit the template.
 */
export function pathParameterReader(
  contract: Pick<OperationContract, 'path'>,
): (path: string) => Map<string, string> | undefined {
  const names: string[] = [];
  const source = contract.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const parameter = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (parameter === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(parameter);
      return '([^/]*)';
    })
    .join('');
  const pattern = new RegExp(`^${source}$`);
  return (path) => {
    const match = pattern.exec(path);
    if (!match) return undefined;
    return new Map(names.map((name, index) => [name, decoded(match[index + 1] ?? '')]));
  };
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
