/**
 * Text made safe for XML 1.0: markup characters escaped, and the characters XML cannot hold at all
 * (U+0000 and other control characters, lone surrogates, U+FFFE/U+FFFF) written as visible `\uXXXX` escapes.
 */
export function xmlText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i] as string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += char + (text[i + 1] as string);
        i++;
        continue;
      }
      out += visibleEscape(code);
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      out += visibleEscape(code);
    } else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      out += visibleEscape(code);
    } else if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&apos;';
    else out += char;
  }
  return out;
}

function visibleEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
