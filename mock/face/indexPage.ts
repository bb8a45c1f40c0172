import { escapeHtml as e } from './escapeHtml';
import type { IndexedOperation, MockIndex } from './mockIndex';

/**
 * The mock's front page for a browser: what it serves, where the spec and the interactive docs are, how tokens
 * work (in counts, never a value) and a cheat sheet with placeholders. Everything from the spec is escaped.
 */
export function indexPage(index: MockIndex): string {
  const title = index.title === '' ? 'Mock API' : index.title;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} (mock)</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
code, pre { font: 13px/1.4 ui-monospace, monospace; background: #f3f3f3; }
pre { padding: .75rem; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.method { font-weight: 600; }
</style>
</head>
<body>
<h1>${e(title)} <small>${e(index.version)}</small></h1>
<p>A mock of this API, answering from its OpenAPI spec. <a href="${e(index.links.docs)}">Interactive docs (try it)</a>
 · spec as <a href="${e(index.links.openapiYaml)}">YAML</a>
 · <a href="${e(index.links.openapiJson)}">JSON</a>
 · this list as JSON: <code>curl ${e(index.links.index)}</code></p>
<h2>Tokens</h2>
<p id="token-mode">${e(index.tokens.description)}</p>
<h2>What it keeps</h2>
<p id="state-mode">${e(index.state.description)}</p>
${stateList(index)}
<h2>Operations</h2>
<table id="operations">
<thead><tr><th>Method</th><th>URL</th><th>What</th><th>Token</th><th>Prefer: code=</th></tr></thead>
<tbody>
${index.operations.map(operationRow).join('\n')}
</tbody>
</table>
<h2>Cheat sheet</h2>
${index.operations.map(cheatSheet).join('\n')}
<ul>
${index.preferences.map((line) => `<li>${e(line)}</li>`).join('\n')}
</ul>
<p>Every answer allows cross-origin calls (CORS), so a page on any other localhost port can call the mock with
<code>fetch</code>, <code>Authorization</code> included.</p>
</body>
</html>
`;
}

function stateList(index: MockIndex): string {
  const lists = Object.entries(index.state.lists).map(
    ([name, url]) => `<li>The ${e(name)} it keeps: <code>curl ${e(url)}</code></li>`,
  );
  const reset =
    index.state.reset === undefined
      ? []
      : [
          `<li>Start over (empty, or the --data seed): <code>curl -X POST ${e(index.state.reset)}</code></li>`,
        ];
  const items = [...lists, ...reset];
  return items.length === 0 ? '' : `<ul id="state-routes">\n${items.join('\n')}\n</ul>`;
}

function operationRow(operation: IndexedOperation): string {
  return `<tr><td class="method">${e(operation.method)}</td><td><code>${e(operation.url)}</code></td><td>${e(
    operation.summary ?? operation.operationId,
  )}</td><td>${operation.requiresBearerToken ? 'bearer' : 'none'}</td><td>${e(operation.statuses.join(', '))}</td></tr>`;
}

function cheatSheet(operation: IndexedOperation): string {
  const auth = operation.requiresBearerToken ? ` \\\n  -H 'Authorization: Bearer <token>'` : '';
  const body =
    operation.method === 'GET' || operation.method === 'DELETE'
      ? ''
      : ` \\\n  -H 'Content-Type: application/json' -d @body.json`;
  const examples = Object.entries(operation.examples)
    .map(([status, names]) => `${status}: ${names.join(', ')}`)
    .join('; ');
  return `<h3>${e(operation.operationId)}</h3>
<pre>curl -i -X ${e(operation.method)} '${e(operation.url)}'${e(auth)}${e(body)}</pre>
<p>Add <code>-H 'Prefer: code=${e(operation.statuses.find((status) => /^[45]/.test(status)) ?? '500')}'</code> for an
error${examples === '' ? '' : `, or <code>-H 'Prefer: example=NAME'</code> for a named example (${e(examples)})`}.</p>`;
}
