import type { IHttpNameValue } from '@stoplight/prism-http';
import type { RequestTarget } from '../core/http/readTarget';
import { errorAnswer, type MockAnswer } from './mockAnswer';
import type { MockContext } from './mockContext';
import type { MockOperation } from './mockOperation';
import { type PreferredCode, preferredCode, undocumentedCodeMessage } from './preferredCode';
import type { RequestPreferences } from './prismEngine';

export type Preferences =
  | { kind: 'preferences'; preferences: RequestPreferences; code: PreferredCode | undefined }
  | { kind: 'answer'; answer: MockAnswer };

/**
 * What the request asks of the mock (`Prefer: code=..., example=..., dynamic=...`, or Prism's `__code`-style
 * query parameters). A code the operation does not document gets 400 listing those it does; Prism reads the rest
 * (a malformed preference: Prism's 422). Most requests ask nothing, and skip Prism's parser.
 */
export function readPreferences(
  mock: MockContext,
  operation: MockOperation,
  target: RequestTarget,
  headers: IHttpNameValue,
): Preferences {
  const prefer = headers.prefer;
  if (prefer === undefined && !hasPrismParameter(target.query)) {
    return { kind: 'preferences', preferences: {}, code: undefined };
  }
  const code = preferredCode(prefer, target.query);
  if (code) {
    const refusal = undocumentedCodeMessage(code, operation.documentedStatuses);
    if (refusal) return { kind: 'answer', answer: errorAnswer(400, refusal) };
  }
  const query = Object.fromEntries(target.query);
  const preferences = mock.engine.preferences({ headers, url: { path: target.path, query } });
  if ('kind' in preferences) {
    // Prism's decoder draws a tree over several lines; the message stays on one.
    const detail = preferences.message.replace(/\s*\n[\s└├─│]*/g, ': ');
    return {
      kind: 'answer',
      answer: errorAnswer(preferences.status, `The Prefer header is not valid: ${detail}.`),
    };
  }
  return { kind: 'preferences', preferences, code };
}

function hasPrismParameter(query: URLSearchParams): boolean {
  for (const name of query.keys()) if (name.startsWith('__')) return true;
  return false;
}
