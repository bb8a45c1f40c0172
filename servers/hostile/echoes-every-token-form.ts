import type { RequestListener } from 'node:http';
import { createReferenceApp, type ReferenceAppOptions } from '../createReferenceApp';
import { rewriteResponse } from '../rewrite/rewriteResponse';

/** One way a server may write a token back: `base64-bearer`, and the text it writes. */
export interface EchoedForm {
  name: string;
  text: string;
}

/**
 * Every token it knows (valid and forbidden), in every encoding a careless server might use, in a response
 * header each (`x-echo-<valid|forbidden>-<form>`) and in an `echo` member of every body: the kit must report
 * the leak and show none of them, in any output or report.
 */
export async function echoesEveryTokenForm(options: ReferenceAppOptions): Promise<RequestListener> {
  const echoed = [
    ...options.tokens.map((token) => ({ kind: 'valid', token })),
    ...(options.forbiddenTokens ?? []).map((token) => ({ kind: 'forbidden', token })),
  ].flatMap(({ kind, token }) => echoedForms(token).map((form) => ({ kind, ...form })));
  return rewriteResponse(await createReferenceApp(options), (response) => {
    const headers = { ...response.headers };
    for (const form of echoed) headers[`x-echo-${form.kind}-${form.name}`] = form.text;
    // Written by hand, not with JSON.stringify, so the JSON-escaped forms reach the body as they are.
    const member = `"echo":[${echoed.map((form) => `"${form.text}"`).join(',')}]`;
    const rest = response.body.trim().replace(/^\{\s*/, '');
    const body = rest === '' || rest === '}' ? `{${member}}` : `{${member},${rest}`;
    return { ...response, headers, body };
  });
}

/**
 * A token as is, URL-encoded (alone, and `Bearer <token>` form-encoded), JSON-escaped (with and without `\/`),
 * in base64 and base64url (alone, and of `Bearer <token>` and `bearer <token>`), and in hex (lower and upper
 * case). Every text fits a header value and a JSON string as written (for tokens of visible ASCII without
 * `"` or `\`).
 */
export function echoedForms(token: string): EchoedForm[] {
  const hex = Buffer.from(token).toString('hex');
  const forms: EchoedForm[] = [
    { name: 'raw', text: token },
    { name: 'url', text: encodeURIComponent(token) },
    { name: 'form-bearer', text: new URLSearchParams({ a: `Bearer ${token}` }).toString().slice(2) },
    { name: 'json', text: JSON.stringify(token).slice(1, -1) },
    { name: 'json-slash', text: JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/') },
    { name: 'hex', text: hex },
    { name: 'hex-upper', text: hex.toUpperCase() },
  ];
  for (const encoding of ['base64', 'base64url'] as const) {
    forms.push({ name: encoding, text: Buffer.from(token).toString(encoding) });
    forms.push({ name: `${encoding}-bearer`, text: Buffer.from(`Bearer ${token}`).toString(encoding) });
    forms.push({ name: `${encoding}-lower-bearer`, text: Buffer.from(`bearer ${token}`).toString(encoding) });
  }
  return forms;
}
