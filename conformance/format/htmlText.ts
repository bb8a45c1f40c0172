/**
 * Characters HTML text must not hold as they are: markup (`&`, `<`, `>`, and `"` for attribute values), and
 * characters a browser would drop or mangle (control characters but tab, line feed and carriage return; DEL
 * and the C1 controls; lone surrogates; U+FFFE and U+FFFF).
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is escaped
  /[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text made safe for HTML element content and double-quoted attribute values: markup characters as
 * entities, the characters a browser would drop as visible `\uXXXX` escapes (as the JUnit report writes them).
 */
export function htmlText(text: string): string {
  return text.replace(
    UNSAFE,
    (character) =>
      ENTITIES[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
