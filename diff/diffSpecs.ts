import { isObject } from '../core/json/jsonObject';
import { toPointer } from '../core/spec/jsonPointer';
import type { ContractChange } from './contractChange';
import { diffOperation, type OperationVersion } from './diffOperation';
import { type DiffScope, type DraftChange, draft } from './diffScope';
import type { SpecDocument } from './loadSpecDocument';
import { locateInFile } from './locateInFile';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every labelled change of the contract from `base` to `head`, over all operations of both documents,
 * matched by method and path (path parameter names aside: `/users/{id}` is `/users/{user}`).
 * Base operations come first, in document order, then the operations only the head has.
 */
export function diffSpecs(base: SpecDocument, head: SpecDocument): ContractChange[] {
  const baseOperations = operationsOf(base);
  const headOperations = operationsOf(head);
  const drafts: DraftChange[] = [];
  for (const [key, from] of baseOperations) {
    const to = headOperations.get(key);
    if (to) {
      drafts.push(...diffOperation(nameOf(to), from, to));
      continue;
    }
    drafts.push(
      draft(
        operationScope(from, from),
        'operation-removed',
        'clients',
        'base',
        [],
        'removed',
        'clients that call it get 404 or 405',
      ),
    );
  }
  for (const [key, to] of headOperations) {
    if (baseOperations.has(key)) continue;
    drafts.push(
      draft(
        operationScope(to, to),
        'operation-added',
        'safe',
        'head',
        [],
        'added',
        'a new operation: nobody relied on its absence',
      ),
    );
  }
  return drafts.map((change) => {
    const raw = change.document === 'base' ? base.raw : head.raw;
    return {
      rule: change.rule,
      label: change.label,
      operation: change.operation,
      document: change.document,
      pointer: locateInFile(raw, change.segments),
      resolvedPointer: toPointer(change.segments),
      change: change.change,
      why: change.why,
    };
  });
}

/** `GET /users/{}` → the operation: the key that matches operations across versions. */
function operationsOf(spec: SpecDocument): Map<string, OperationVersion> {
  const operations = new Map<string, OperationVersion>();
  const paths = isObject(spec.document.paths) ? spec.document.paths : {};
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const key = `${method.toUpperCase()} ${pathTemplate.replace(/\{[^}]*\}/g, '{}')}`;
      operations.set(key, {
        document: spec.document,
        pathTemplate,
        pathItem,
        operation,
        segments: ['paths', pathTemplate, method],
      });
    }
  }
  return operations;
}

function nameOf(version: OperationVersion): string {
  return `${String(version.segments[2]).toUpperCase()} ${version.pathTemplate}`;
}

function operationScope(base: OperationVersion, head: OperationVersion): DiffScope {
  return {
    operation: nameOf(head),
    side: 'request',
    place: 'operation',
    base: base.segments,
    head: head.segments,
    subject: '',
    seen: new Map(),
  };
}
