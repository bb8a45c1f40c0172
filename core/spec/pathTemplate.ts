/** The values of a path template's parameters in one request path, percent-decoded. */
export type PathParameters = Record<string, string>;

/**
 * Matches request paths against an OpenAPI path template (`/api/org/v1/users/{user}`): each `{name}` is one whole,
 * non-empty segment. Gives the parameters' values (percent-decoded, or as sent when the encoding is malformed),
 * or undefined when the path does not fit the template.
 */
export function pathTemplateMatcher(template: string): (path: string) => PathParameters | undefined {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const pattern = new RegExp(`^${source}$`);
  return (path) => {
    const match = pattern.exec(path);
    if (!match) return undefined;
    const parameters: PathParameters = {};
    names.forEach((name, index) => {
      parameters[name] = decoded(match[index + 1] ?? '');
    });
    return parameters;
  };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
