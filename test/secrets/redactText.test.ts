import { createSecrets } from '../../conformance/secrets/createSecrets';
import { findSecrets } from '../../conformance/secrets/findSecrets';
import { redactText } from '../../conformance/secrets/redactText';

const TOKEN = 'valid-token-7f3a9c';
const FORBIDDEN = 'forbidden-token-2b8e41';
const secrets = createSecrets(TOKEN, FORBIDDEN);

test('every occurrence of every token goes, each under its own variable', () => {
  const text = `${TOKEN} and ${FORBIDDEN}, again ${TOKEN}; ${FORBIDDEN}${FORBIDDEN}`;
  expect(redactText(text, secrets)).toBe(
    '$CONTRACT_TOKEN and $CONTRACT_FORBIDDEN_TOKEN, again $CONTRACT_TOKEN; $CONTRACT_FORBIDDEN_TOKEN$CONTRACT_FORBIDDEN_TOKEN',
  );
});

test('a token inside the other goes whole, under the longer one', () => {
  const nested = createSecrets('abcd-1234', 'xx-abcd-1234-yy');
  expect(redactText('[xx-abcd-1234-yy] [abcd-1234]', nested)).toBe(
    '[$CONTRACT_FORBIDDEN_TOKEN] [$CONTRACT_TOKEN]',
  );
});

test('overlapping occurrences leave nothing of either', () => {
  const repeated = createSecrets('aaaaaaaa', undefined);
  expect(redactText('<aaaaaaaaaaa>', repeated)).toBe('<$CONTRACT_TOKEN>');
});

test('two forms of one token in a row: both go', () => {
  const text = `${TOKEN}${Buffer.from(TOKEN).toString('hex')}`;
  expect(redactText(text, secrets)).toBe('$CONTRACT_TOKEN$CONTRACT_TOKEN');
});

test('a text without a token comes back as it is', () => {
  const text = 'valid-token-7f3a9 and forbidden-token-2b8e4';
  expect(redactText(text, secrets)).toBe(text);
});

test('overlapping occurrences of one form are one match, so a text of repeats stays one match', () => {
  const repeated = createSecrets('aaaaaaaa', undefined);
  const matches = findSecrets('a'.repeat(10_000), repeated);
  expect(matches.map(({ start, end, form }) => ({ start, end, form: form.name }))).toEqual([
    { start: 0, end: 10_000, form: 'as is' },
  ]);
});
