import type { SchemaIssue } from '../core/spec/schemaValidator';

// A body with thousands of problems gets a message of a few lines.
const MAX_LINES = 10;

/**
 * One message naming every property that breaks the request schema and the rule it breaks, in the
 * wording of the spec's own 400 examples: `request body must have required property 'email'`,
 * `request body property /email must match format "email"`. At most ten, then how many more.
 */
export function describeBodyIssues(issues: SchemaIssue[]): string {
  const lines = new Set<string>();
  let more = 0;
  for (const issue of issues) {
    const line = describeBodyIssue(issue);
    if (lines.has(line)) continue;
    if (lines.size < MAX_LINES) lines.add(line);
    else more++;
  }
  return [...lines].join('; ') + (more > 0 ? `; and ${more} more` : '');
}

function describeBodyIssue(issue: SchemaIssue): string {
  const { instancePath, rule } = describeIssue(issue);
  return instancePath === '' ? `request body ${rule}` : `request body property ${instancePath} ${rule}`;
}

/** Where in a value an issue is (`/email`, or '' for the value itself), and the rule it breaks. */
export function describeIssue(issue: SchemaIssue): { instancePath: string; rule: string } {
  const missing = issue.params.missingProperty;
  const instancePath =
    issue.keyword === 'required' && typeof missing === 'string'
      ? issue.pointer.slice(0, issue.pointer.length - missing.length - 1)
      : issue.pointer;
  // SchemaIssue messages start with the instance path, or `(root)` for the value itself.
  const prefix = `${instancePath || '(root)'} `;
  const rule = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
  return { instancePath, rule };
}
