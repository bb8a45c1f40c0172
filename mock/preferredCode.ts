/** The status a request asks for, and how it asked (for messages). */
export interface PreferredCode {
  code: string;
  /** `Prefer: code=404` or `?__code=404`. */
  askedWith: string;
}

/**
 * The `code` preference of a request, read as Prism reads it: from the `Prefer` header when there is one
 * (RFC 7240: `code=404, example=name`), else from the `__code` query parameter.
 */
export function preferredCode(prefer: string | undefined, query: URLSearchParams): PreferredCode | undefined {
  if (prefer !== undefined && prefer.trim() !== '') {
    for (const preference of prefer.split(/[,;]/)) {
      const equals = preference.indexOf('=');
      if (equals === -1 || preference.slice(0, equals).trim().toLowerCase() !== 'code') continue;
      const code = preference
        .slice(equals + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      return { code, askedWith: `Prefer: code=${code}` };
    }
    return undefined;
  }
  const code = query.get('__code');
  return code === null ? undefined : { code, askedWith: `?__code=${shown(code)}` };
}

// A client's text in a message, cut short.
function shown(code: string): string {
  return code.length > 20 ? `${code.slice(0, 20)}...` : code;
}

/**
 * Why an operation cannot answer the status asked for, or undefined when it can: a status from 100 to 599 that
 * the operation documents exactly, by a range (`5XX`) or with `default`.
 */
export function undocumentedCodeMessage(
  asked: PreferredCode,
  documented: readonly string[],
): string | undefined {
  const { code } = asked;
  const number = /^\d{3}$/.test(code) ? Number(code) : Number.NaN;
  const fits =
    number >= 100 &&
    number <= 599 &&
    documented.some(
      (status) => status === code || status.toUpperCase() === `${code[0]}XX` || status === 'default',
    );
  if (fits) return undefined;
  return (
    `${asked.askedWith} is not a status this operation documents; ask for one of ${documented.join(', ')}` +
    (documented.includes('default') ? ' (default: any status from 100 to 599).' : '.')
  );
}
