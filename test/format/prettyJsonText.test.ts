import { MAX_PRETTY_CHARS, prettyJsonText } from '../../conformance/format/prettyJsonText';

test('two spaces a level; every token exactly as sent: numbers, escapes, repeated keys', () => {
  expect(
    prettyJsonText('{"n":1e400,"big":12345678901234567890,"k":1,"k":-0.0,"s":"a\\"b\\\\","u":"\\u00e9"}'),
  ).toBe(
    '{\n  "n": 1e400,\n  "big": 12345678901234567890,\n  "k": 1,\n  "k": -0.0,\n  "s": "a\\"b\\\\",\n  "u": "\\u00e9"\n}',
  );
});

test('brackets, commas, colons and whitespace inside strings are text, not structure', () => {
  expect(prettyJsonText('["{a, b: [c]}", " \\" , "]')).toBe('[\n  "{a, b: [c]}",\n  " \\" , "\n]');
});

test('empty containers stay on one line; the whitespace as sent is replaced', () => {
  expect(prettyJsonText(' {\n"a" :\t[ ] , "b":{ }, "c": [1,\r\n2]} ')).toBe(
    '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    2\n  ]\n}',
  );
});

test('scalars are themselves', () => {
  expect(prettyJsonText('"x"')).toBe('"x"');
  expect(prettyJsonText('null')).toBe('null');
});

test('not JSON, too long or too deep: undefined (shown as recorded)', () => {
  expect(prettyJsonText('{"a":')).toBeUndefined();
  expect(prettyJsonText('<html>')).toBeUndefined();
  expect(prettyJsonText('')).toBeUndefined();
  expect(prettyJsonText(`"${'x'.repeat(MAX_PRETTY_CHARS)}"`)).toBeUndefined();
  expect(prettyJsonText(`${'['.repeat(33)}1${']'.repeat(33)}`)).toBeUndefined();
  expect(prettyJsonText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
  expect(prettyJsonText(`${'['.repeat(32)}1${']'.repeat(32)}`)).toMatch(/^\[\n {2}\[/);
});
