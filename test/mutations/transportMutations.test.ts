import { emptyBody } from '../../conformance/mutations/emptyBody';
import { invalidJsonSyntax } from '../../conformance/mutations/invalidJsonSyntax';
import { wrongContentType } from '../../conformance/mutations/wrongContentType';
import { shippedContext } from './mutationTestContext';

describe('transport-level mutations', () => {
  test('invalid-json-syntax cuts the text short or adds a trailing comma; neither parses', async () => {
    const { context, body } = await shippedContext();
    const results = invalidJsonSyntax.apply(body, context);
    const text = JSON.stringify(body);
    expect(results.map((result) => result.bodyText)).toEqual([text.slice(0, -1), `${text.slice(0, -1)},}`]);
    for (const result of results) {
      expect(() => JSON.parse(result.bodyText)).toThrow();
      expect(result.value).toBeUndefined();
      expect(result.contentType).toBe('application/json');
      expect(result.mutation.level).toBe('transport');
    }
  });

  test('invalid-json-syntax keeps nothing that is still JSON (42 cut short is 4)', async () => {
    const { context } = await shippedContext();
    expect(invalidJsonSyntax.apply(42, context)).toEqual([]);
  });

  test('wrong-content-type sends the same JSON as text/plain', async () => {
    const { context, body } = await shippedContext();
    expect(wrongContentType.apply(body, context)).toEqual([
      {
        value: body,
        bodyText: JSON.stringify(body),
        contentType: 'text/plain',
        mutation: {
          name: 'wrong-content-type',
          level: 'transport',
          description: 'sent as Content-Type: text/plain',
          pointer: '',
        },
      },
    ]);
  });

  test('empty-body sends nothing with the JSON media type', async () => {
    const { context, body } = await shippedContext();
    expect(emptyBody.apply(body, context)).toEqual([
      {
        bodyText: '',
        contentType: 'application/json',
        mutation: { name: 'empty-body', level: 'transport', description: 'an empty body', pointer: '' },
      },
    ]);
  });
});
