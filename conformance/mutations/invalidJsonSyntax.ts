import type { BodyMutation, MutatedBody } from './bodyMutation';

const NAME = 'invalid-json-syntax';

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const invalidJsonSyntax: BodyMutation = {
  name: NAME,
  level: 'transport',
  doc: 'Sends text that is not JSON: the body cut short, or with a trailing comma.',
  apply(value, context) {
    const text = JSON.stringify(value);
    const broken = [{ what: 'JSON text cut short by its last character', text: text.slice(0, -1) }];
    if (/^\{.+\}$/s.test(text))
      broken.push({ what: 'JSON text with a trailing comma', text: `${text.slice(0, -1)},}` });
    // Cutting `42` short leaves `4`, still JSON: only text that really is not JSON is kept. An object, array or
    // string cut short never is, so only a number or a literal is parsed (a failed parse costs a SyntaxError).
    const unclosedWhenCut = /^[{["]/.test(text);
    return broken
      .filter((item) => unclosedWhenCut || !isJsonText(item.text))
      .map(
        (item): MutatedBody => ({
          bodyText: item.text,
          contentType: context.mediaType,
          mutation: { name: NAME, level: 'transport', description: item.what, pointer: '' },
        }),
      );
  },
};
