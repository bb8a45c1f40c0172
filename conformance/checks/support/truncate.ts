/** Longest `received` / `documented` text a check puts in a violation; the report keeps whole bodies. */
export const MAX_EXCERPT = 200;

/** `text` on one line, cut to `max` characters (never inside a surrogate pair), saying how much was cut. */
export function truncate(text: string, max: number = MAX_EXCERPT): string {
  const flat = text.replace(/\r?\n/g, '\\n');
  if (flat.length <= max) return flat;
  let end = max;
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${flat.slice(0, end)}… (${flat.length - end} more characters)`;
}
