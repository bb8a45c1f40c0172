import { isSemanticsKeyword } from './semanticsKeyword';

/** Keywords that document but never change what a request or response may be. */
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'deprecated',
  'externalDocs',
  'tags',
]);

/**
 * True for a documentation-only keyword, `x-` extensions included (tools read them; the wire does not),
 * except `x-lakesail-*`, which declare what an operation means (see isSemanticsKeyword).
 */
export function isAnnotationKeyword(key: string): boolean {
  return ANNOTATIONS.has(key) || (key.startsWith('x-') && !isSemanticsKeyword(key));
}
