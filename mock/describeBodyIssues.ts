import type { SchemaIssue } from '../core/spec/schemaValidator';

/**
 * One message naming every property that breaks the request schema and the rule it breaks, in the
 * wording of the spec's own 400 examples: `request body must have required property 'email'`,
 * `request body property /email must match format "email"`.
 */
export function describeBodyIssues(issues: SchemaIssue[]): string {
  const lines = issues.map((issue) => {
    const missing = issue.params.missingProperty;
    const instancePath =
      issue.keyword === 'required' && typeof missing === 'string'
        ? issue.pointer.slice(0, issue.pointer.length - missing.length - 1)
        : issue.pointer;
    // SchemaIssue messages start with the instance path, or `(root)` for the body itself.
    const prefix = `${instancePath || '(root)'} `;
    const rule = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
    return instancePath === '' ? `request body ${rule}` : `request body property ${instancePath} ${rule}`;
  });
  return [...new Set(lines)].join('; ');
}
