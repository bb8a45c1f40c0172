import { ADA, AUTH, createAda, json, type Send, status, TOKEN } from './demonstration';

/** A multipart/form-data body of `fields`, as a browser's form or curl -F sends it. */
function multipart(fields: Record<string, string>): { text: string; contentType: string } {
  const boundary = '----lakesail0123456789';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    text: `${parts.join('')}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Ada's body with an unknown property nested `depth` levels deep. */
function deeplyNested(depth: number): string {
  return `${JSON.stringify(ADA).slice(0, -1)},"extra":${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}`;
}

/**
 * The defects CreateUser servers written with common frameworks had, each shown by requests: true on its broken
 * server, false on the reference.
 */
export const FRAMEWORK_DEFECTS: Record<string, (send: Send) => Promise<boolean>> = {
  'text-body-accepted': async (send) =>
    status(await send({ authorization: AUTH, body: ADA, contentType: 'text/plain' })) === 201,
  'form-body-accepted': async (send) => {
    const form = new URLSearchParams(ADA).toString();
    const created = await send({
      authorization: AUTH,
      body: form,
      contentType: 'application/x-www-form-urlencoded',
    });
    return status(created) === 201 && json(created).username === 'ada';
  },
  'multipart-body-accepted': async (send) => {
    const { text, contentType } = multipart(ADA);
    const created = await send({ authorization: AUTH, body: text, contentType });
    return status(created) === 201 && json(created).displayName === 'Ada Lovelace';
  },
  'mass-assignment': async (send) => {
    const planted = { id: 'PLANTED1', createdAt: '2001-01-01T00:00:00Z', updatedAt: '2001-01-01T00:00:00Z' };
    const created = json(await createAda(send, planted));
    return created.id === 'PLANTED1' && created.createdAt === planted.createdAt;
  },
  'token-from-query': async (send) =>
    status(await send({ path: `?access_token=${TOKEN}`, body: ADA })) === 201 &&
    status(await send({ body: ADA })) === 401,
  'token-from-body': async (send) =>
    status(await send({ body: { ...ADA, access_token: TOKEN } })) === 201 &&
    status(await send({ body: ADA })) === 401,
  'junk-after-token-accepted': async (send) =>
    status(await send({ authorization: `${AUTH} junk`, body: ADA })) === 201,
  'deep-unknown-property-500': async (send) =>
    status(await send({ authorization: AUTH, body: deeplyNested(3000) })) === 500 &&
    status(await send({ authorization: AUTH, body: deeplyNested(150) })) === 201,
  'lowercased-email-domain': async (send) =>
    json(await createAda(send, { email: 'Ada@Example.COM' })).email === 'Ada@example.com',
};
