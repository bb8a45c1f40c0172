/** The path and query of a request's URL (reports show the target once, not on every line). */
export function urlPath(url: string): string {
  if (!/^https?:\/\//.test(url)) return url;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
