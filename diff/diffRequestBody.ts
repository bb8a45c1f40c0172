import { isObject } from '../core/json/jsonObject';
import { diffContent } from './diffContent';
import { diffRemainingKeys } from './diffRemainingKeys';
import { type DiffScope, type DraftChange, descend, draft } from './diffScope';

/** The request body of an operation: added, removed, becoming required or optional, and its content. */
export function diffRequestBody(operationScope: DiffScope, base: unknown, head: unknown): DraftChange[] {
  const scope: DiffScope = {
    ...descend(operationScope, ['requestBody']),
    side: 'request',
    place: 'request body',
  };
  if (!isObject(base) && !isObject(head)) return [];
  if (!isObject(base)) {
    const required = isObject(head) && head.required === true;
    return [
      draft(
        scope,
        'request-body-added',
        required ? 'clients' : 'safe',
        'head',
        [],
        `added${required ? ' (required)' : ''}`,
        required ? 'clients that send no body are refused' : 'optional: clients that send none keep working',
      ),
    ];
  }
  if (!isObject(head)) {
    return [
      draft(
        scope,
        'request-body-removed',
        'clients',
        'base',
        [],
        'removed',
        'clients that send a body lose its effect (or are refused)',
      ),
    ];
  }
  const changes: DraftChange[] = [];
  const wasRequired = base.required === true;
  const isRequired = head.required === true;
  if (!wasRequired && isRequired) {
    changes.push(
      draft(
        scope,
        'request-body-required',
        'clients',
        'head',
        ['required'],
        'became required',
        'clients that send no body are refused',
      ),
    );
  }
  if (wasRequired && !isRequired) {
    changes.push(
      draft(
        scope,
        'request-body-optional',
        'servers',
        'head',
        [],
        'is no longer required',
        'servers must accept requests without a body',
      ),
    );
  }
  changes.push(...diffContent(scope, 'request body', base.content, head.content));
  changes.push(...diffRemainingKeys(scope, base, head, new Set(['required', 'content'])));
  return changes;
}
