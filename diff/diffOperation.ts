import type { JsonObject } from '../core/json/jsonObject';
import { diffParameters, effectiveParameters } from './diffParameters';
import { diffRemainingKeys } from './diffRemainingKeys';
import { diffRequestBody } from './diffRequestBody';
import { diffResponses } from './diffResponses';
import { type DiffScope, type DraftChange, draft } from './diffScope';
import { diffSecurity, effectiveSecurity } from './diffSecurity';

/** One operation of one version of the spec, with its path item and where both are. */
export interface OperationVersion {
  /** The dereferenced document it is in. */
  document: JsonObject;
  pathTemplate: string;
  pathItem: JsonObject;
  operation: JsonObject;
  /** `['paths', '/api/org/v1/users', 'post']`. */
  segments: string[];
}

const JUDGED = new Set(['operationId', 'parameters', 'requestBody', 'responses', 'security']);

/** Every labelled change between two versions of one operation (matched by method and path). */
export function diffOperation(name: string, base: OperationVersion, head: OperationVersion): DraftChange[] {
  const scope: DiffScope = {
    operation: name,
    side: 'request',
    place: 'operation',
    base: base.segments,
    head: head.segments,
    subject: '',
    seen: new Map(),
  };
  const changes: DraftChange[] = [];
  if (base.operation.operationId !== head.operation.operationId) {
    changes.push(
      draft(
        scope,
        'operation-id-changed',
        'clients',
        'head',
        ['operationId'],
        `operationId changed from ${String(base.operation.operationId)} to ${String(head.operation.operationId)}`,
        'clients generated from the spec name their methods after it (the wire is unchanged)',
      ),
    );
  }
  changes.push(
    ...diffSecurity(
      scope,
      effectiveSecurity(base.document, base.operation, base.segments),
      effectiveSecurity(head.document, head.operation, head.segments),
    ),
  );
  changes.push(
    ...diffParameters(
      scope,
      effectiveParameters(
        base.pathTemplate,
        base.pathItem,
        base.segments.slice(0, 2),
        base.operation,
        base.segments,
      ),
      effectiveParameters(
        head.pathTemplate,
        head.pathItem,
        head.segments.slice(0, 2),
        head.operation,
        head.segments,
      ),
    ),
  );
  changes.push(...diffRequestBody(scope, base.operation.requestBody, head.operation.requestBody));
  changes.push(...diffResponses(scope, base.operation.responses, head.operation.responses));
  changes.push(...diffRemainingKeys(scope, base.operation, head.operation, JUDGED));
  return changes;
}
