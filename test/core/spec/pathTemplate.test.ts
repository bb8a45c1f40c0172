import { pathTemplateMatcher } from '../../../core/spec/pathTemplate';

const user = pathTemplateMatcher('/api/org/v1/users/{user}');

test('a path that fits gives each parameter its value, percent-decoded', () => {
  expect(user('/api/org/v1/users/U7K2Q9XW3M')).toEqual({ user: 'U7K2Q9XW3M' });
  expect(user('/api/org/v1/users/A%20B%2FC')).toEqual({ user: 'A B/C' });
  expect(pathTemplateMatcher('/orgs/{org}/users/{user}')('/orgs/O1/users/U2')).toEqual({
    org: 'O1',
    user: 'U2',
  });
  expect(pathTemplateMatcher('/api/org/v1/users')('/api/org/v1/users')).toEqual({});
});

test('a malformed percent-encoding is kept as sent', () => {
  expect(user('/api/org/v1/users/%E2%82')).toEqual({ user: '%E2%82' });
});

test('a parameter is one whole, non-empty segment; anything else does not fit', () => {
  for (const path of [
    '/api/org/v1/users',
    '/api/org/v1/users/',
    '/api/org/v1/users/U1/roles',
    '/api/org/v1/usersX/U1',
    '/prefix/api/org/v1/users/U1',
  ]) {
    expect({ path, match: user(path) }).toEqual({ path, match: undefined });
  }
});

test('characters special to regular expressions in a template are matched literally', () => {
  const dotted = pathTemplateMatcher('/v1.0/users/{user}');
  expect(dotted('/v1.0/users/U1')).toEqual({ user: 'U1' });
  expect(dotted('/v1x0/users/U1')).toBeUndefined();
});
