import { readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml as e } from './escapeHtml';

/** A file of the docs page: its bytes and media type. */
export interface DocsAsset {
  mediaType: string;
  bytes: Buffer;
}

// The files of swagger-ui-dist the page uses, by the name they are served under (below the docs path).
const SWAGGER_UI_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// Starts Swagger UI on the spec whose URL the page names; a file of its own, so the page needs no inline script.
const STARTER = `window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec-url'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    displayRequestDuration: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

/**
 * `/docs`: Swagger UI (swagger-ui-dist, served from the package's own files, no CDN) on the spec the mock
 * serves: its operations rendered into the page, "Try it out" calling the mock, "Authorize" for a bearer token.
 */
export function docsPage(title: string, docsPath: string, specUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} (mock docs)</title>
<link rel="stylesheet" href="${e(docsPath)}/swagger-ui.css">
<link rel="icon" type="image/png" href="${e(docsPath)}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-spec-url="${e(specUrl)}"></div>
<script src="${e(docsPath)}/swagger-ui-bundle.js"></script>
<script src="${e(docsPath)}/start.js"></script>
</body>
</html>
`;
}

/** The names the docs page's files are served under. */
export const DOCS_ASSET_NAMES = [...Object.keys(SWAGGER_UI_FILES), 'start.js'];

/** One file of the docs page, read once from swagger-ui-dist; undefined for any other name. */
export function docsAsset(name: string): DocsAsset | undefined {
  if (name === 'start.js')
    return { mediaType: 'text/javascript; charset=utf-8', bytes: Buffer.from(STARTER) };
  const mediaType = SWAGGER_UI_FILES[name];
  if (mediaType === undefined) return undefined;
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(path.join(swaggerUiFolder(), name));
    cache.set(name, bytes);
  }
  return { mediaType, bytes };
}

const cache = new Map<string, Buffer>();

function swaggerUiFolder(): string {
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}
