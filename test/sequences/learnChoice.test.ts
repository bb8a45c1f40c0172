import { choiceRule, learnChoice, takenStatuses } from '../../conformance/sequences/learnChoice';

const rule = choiceRule('CreateUser', 'username', 'exact');

test('before the server has shown its choice, a taken value may get the success status or 409', () => {
  expect(takenStatuses(undefined, 201)).toEqual([201, 409]);
});

test('the first answer that shows the choice is learned, and later requests are held to it', () => {
  const learned = new Map();
  learnChoice(learned, rule, 409, [201, 409], 'step 2');
  expect(takenStatuses(learned.get(rule), 201)).toEqual([409]);
  // A later, different answer does not change what was learned: it is the defect.
  learnChoice(learned, rule, 201, [201, 409], 'step 9');
  expect(learned.get(rule)).toEqual({ rule: 'CreateUser username taken', status: 409, shownBy: 'step 2' });
});

test('an answer that shows no choice (a 400, a 500, none) teaches nothing', () => {
  const learned = new Map();
  for (const status of [400, 500, undefined]) learnChoice(learned, rule, status, [201, 409], 'step 2');
  expect(learned.size).toBe(0);
  learnChoice(learned, rule, 201, [201, 409], 'step 3');
  expect(takenStatuses(learned.get(rule), 201)).toEqual([201]);
});

test('rules are per operation, property and letter case', () => {
  expect(choiceRule('UpdateUser', 'email', 'other-case')).toBe('UpdateUser email taken in other letter case');
});
