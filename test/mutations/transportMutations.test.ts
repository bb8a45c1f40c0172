import { emptyBody } from '../../conformance/mutations/emptyBody';
import { formUrlencodedBody } from '../../conformance/mutations/formUrlencodedBody';
import { invalidJsonSyntax } from '../../conformance/mutations/invalidJsonSyntax';
import { multipartFormBody } from '../../conformance/mutations/multipartFormBody';
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

  test('form-urlencoded-body sends the properties as HTML form fields; nothing for a body that is not an object', async () => {
    const { context, body } = await shippedContext();
    const [result] = formUrlencodedBody.apply({ ...(body as object), age: 42 }, context);
    expect(result?.contentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(result?.bodyText))).toEqual({
      ...(body as object),
      age: '42',
    });
    expect(result?.mutation).toEqual({
      name: 'form-urlencoded-body',
      level: 'transport',
      description: 'its properties sent as application/x-www-form-urlencoded fields',
      pointer: '',
    });
    expect(formUrlencodedBody.apply([1], context)).toEqual([]);
  });

  test('multipart-form-body sends the properties as multipart/form-data parts, by the boundary its Content-Type names', async () => {
    const { context } = await shippedContext();
    const [result] = multipartFormBody.apply({ username: 'ada', note: 'two\r\nlines' }, context);
    const boundary = /boundary=(.+)$/.exec(result?.contentType ?? '')?.[1];
    expect(result?.contentType).toBe(`multipart/form-data; boundary=${boundary}`);
    expect(result?.bodyText).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="username"\r\n\r\nada\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\ntwo\r\nlines\r\n` +
        `--${boundary}--\r\n`,
    );
    expect(multipartFormBody.apply('ada', context)).toEqual([]);
  });
});
