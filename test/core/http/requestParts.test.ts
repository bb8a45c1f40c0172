import { isBearerToken, parseBearer } from '../../../core/http/parseBearer';
import { readTarget } from '../../../core/http/readTarget';
import { nestsDeeperThan } from '../../../core/json/jsonNesting';
import { parseJsonBody } from '../../../core/json/parseJsonBody';
import { isJsonMediaType, mediaTypeEssence } from '../../../core/spec/mediaType';

// The parts of a request every server here reads the same way: the mock, the reference server.

describe('parseBearer (RFC 9110: auth-scheme 1*SP token68)', () => {
  test.each([
    ['Bearer abc-123._~+/', { kind: 'token', token: 'abc-123._~+/' }],
    ['bearer  abc==', { kind: 'token', token: 'abc==' }],
    ['BEARER abc', { kind: 'token', token: 'abc' }],
    [undefined, { kind: 'missing' }],
    ['  ', { kind: 'missing' }],
    ['Basic YTpi', { kind: 'other-scheme' }],
    ['Bearertoken', { kind: 'other-scheme' }],
    ['Bearer', { kind: 'malformed' }],
    ['Bearer a b', { kind: 'malformed' }],
    ['Bearer a=b', { kind: 'malformed' }],
    ['Bearer "abc"', { kind: 'malformed' }],
  ])('%s', (header, expected) => {
    expect(parseBearer(header)).toEqual(expected);
  });

  test('a token68 is letters, digits, -._~+/ then = signs', () => {
    expect(isBearerToken('admin-token-1234')).toBe(true);
    expect(isBearerToken('has space')).toBe(false);
    expect(isBearerToken('')).toBe(false);
  });
});

describe('readTarget', () => {
  test.each([
    ['/api/users?x=1', '/api/users', 'x=1'],
    ['//evil.example/api/users', '//evil.example/api/users', ''],
    ['/a/../b', '/b', ''],
    ['http://proxy.example/api/users?y=2', '/api/users', 'y=2'],
  ])('%s is the path %s', (raw, path, query) => {
    expect(readTarget(raw)).toEqual({ path, query: new URLSearchParams(query) });
  });

  test.each(['*', 'evil.example/api', 'javascript:alert(1)'])('%s is no target', (raw) => {
    expect(readTarget(raw)).toBeUndefined();
  });
});

describe('nestsDeeperThan', () => {
  const bytes = (text: string) => Buffer.from(text);
  test('counts objects and arrays, not brackets inside strings', () => {
    expect(nestsDeeperThan(bytes('{"a":[{"b":1}]}'), 3)).toBe(false);
    expect(nestsDeeperThan(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(nestsDeeperThan(bytes('{"a":"[[[[\\"[[[["}'), 1)).toBe(false);
  });

  test('a body nested 100,000 levels deep is found in one pass', () => {
    expect(nestsDeeperThan(bytes('['.repeat(100_000)), 200)).toBe(true);
  });
});

describe('parseJsonBody', () => {
  test('JSON, too deep, or not JSON', () => {
    expect(parseJsonBody(Buffer.from('{"a":1}'))).toEqual({ kind: 'json', value: { a: 1 } });
    expect(parseJsonBody(Buffer.from('[[[1]]]'), 2)).toEqual({
      kind: 'too-deep',
      message: 'The request body nests deeper than 2 levels.',
    });
    expect(parseJsonBody(Buffer.from('{'))).toMatchObject({ kind: 'invalid' });
  });
});

describe('media types', () => {
  test('the essence drops parameters and case; JSON is application/json or any +json', () => {
    expect(mediaTypeEssence(' Application/JSON ; charset=UTF-8')).toBe('application/json');
    expect(isJsonMediaType('application/problem+json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('text/json')).toBe(false);
  });
});
