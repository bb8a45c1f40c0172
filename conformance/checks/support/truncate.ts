/** Longest `received` / `documented` text a check puts in a violation; the report keeps whole bodies. */
export const MAX_EXCERPT = 200;

/** `text` on one line, cut to `max` characters with an ellipsis that says how much was cut. */
export function truncate(text: string, max: number = MAX_EXCERPT): string {
  const flat = text.replace(/\r?\n/g, '\\n');
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max)}… (${flat.length - max} more characters)`;
}
