import type { IncomingMessage } from 'node:http';
import { asObject } from '../../core/json/jsonObject';
import type { Spec } from '../../core/spec/loadSpec';
import { errorAnswer, type MockAnswer } from '../mockAnswer';
import type { MockOperation } from '../mockOperation';
import type { ResolvedMockOptions } from '../mockOptions';
import type { RouteResult } from '../prismEngine';
import type { StateRoutes } from '../stateRoutes';
import type { ResourceCollection } from '../store/resourceCollections';
import { DOCS_ASSET_NAMES, docsAsset, docsPage } from './docsPage';
import { indexPage } from './indexPage';
import { mockAddress } from './mockAddress';
import type { FacePage, MockFace } from './mockFace';
import { mockIndex } from './mockIndex';
import { servedSpec } from './servedSpec';
import { stateMode } from './stateMode';
import { tokenMode } from './tokenMode';

export interface MockFaceParts {
  spec: Spec;
  settings: Pick<
    ResolvedMockOptions,
    'tokens' | 'forbiddenTokens' | 'maxUsers' | 'unique' | 'stateFile' | 'dataFile'
  >;
  operations: readonly MockOperation[];
  collections: readonly ResourceCollection[];
  /** The paths of the state routes (`/__mock/users`, `/__mock/reset`). */
  state: Pick<StateRoutes, 'lists' | 'reset'>;
  /** The spec's router: a path of the face that the spec routes belongs to the spec. */
  routes(method: string, path: string): RouteResult;
}

/** Where the face moves when the spec has one of its paths. */
export const MOCK_PREFIX = '/__mock';

const HTML = 'text/html; charset=utf-8';
const YAML = 'application/yaml; charset=utf-8';
// Pages the mock makes are never sniffed as something else nor framed by another site.
const PAGE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' };

/**
 * The mock's face: `/` (HTML for a browser, a JSON index for any other client), `/openapi.yaml` and
 * `/openapi.json` (the spec with `servers` set to this mock) and `/docs` (Swagger UI). When the spec routes any
 * of these paths, the spec wins and the whole face moves under `/__mock/`.
 */
export function createMockFace(parts: MockFaceParts): MockFace {
  const prefix = facePaths('').some((path) => parts.routes('GET', path).kind !== 'no-path')
    ? MOCK_PREFIX
    : '';
  const pages = new Map<string, FacePage>(facePaths(prefix).map((path) => [path, pageAt(prefix, path)]));
  const spec = servedSpec(parts.spec.raw);
  const tokens = tokenMode(parts.settings);
  const title = String(asObject(parts.spec.document.info).title ?? 'Mock API');
  const docsPath = `${prefix}/docs`;

  const indexFor = (address: string) =>
    mockIndex(
      parts.spec,
      parts.operations,
      tokens,
      stateMode({ settings: parts.settings, collections: parts.collections, paths: parts.state }, address),
      {
        index: `${address}${prefix}/`,
        docs: `${address}${docsPath}`,
        openapiYaml: `${address}${prefix}/openapi.yaml`,
        openapiJson: `${address}${prefix}/openapi.json`,
      },
      address,
    );

  return {
    indexPath: `${prefix}/`,
    page(method, path) {
      const page = pages.get(path);
      if (!page) return undefined;
      if (method === 'GET' || method === 'HEAD') return { kind: 'face', page };
      const allow = 'GET, HEAD, OPTIONS';
      if (method === 'OPTIONS')
        return { kind: 'answer', answer: { status: 204, headers: { Allow: allow }, body: undefined } };
      return {
        kind: 'answer',
        answer: errorAnswer(405, `Method ${method} is not allowed on ${path}; use ${allow}.`, {
          Allow: allow,
        }),
      };
    },
    answer(page, request) {
      const address = mockAddress(request);
      switch (page.kind) {
        case 'index':
          return wantsHtml(request)
            ? text(indexPage(indexFor(address)), HTML, {
                Vary: 'Accept',
                'Content-Security-Policy': pagePolicy(address),
              })
            : { status: 200, headers: { ...PAGE_HEADERS, Vary: 'Accept' }, body: indexFor(address) };
        case 'openapi-json':
          return text(spec.json(address), 'application/json; charset=utf-8');
        case 'openapi-yaml':
          return text(spec.yaml(address), YAML);
        case 'docs':
          return text(docsPage(title, docsPath, `${prefix}/openapi.json`), HTML, {
            'Content-Security-Policy': pagePolicy(address),
          });
        case 'docs-asset':
          return assetAnswer(page.name);
      }
    },
  };
}

function facePaths(prefix: string): string[] {
  const index = prefix === '' ? ['/'] : [prefix, `${prefix}/`];
  const docs = [
    `${prefix}/docs`,
    `${prefix}/docs/`,
    ...DOCS_ASSET_NAMES.map((name) => `${prefix}/docs/${name}`),
  ];
  return [...index, `${prefix}/openapi.yaml`, `${prefix}/openapi.json`, ...docs];
}

function pageAt(prefix: string, path: string): FacePage {
  const rest = path.slice(prefix.length);
  if (rest === '' || rest === '/') return { kind: 'index' };
  if (rest === '/openapi.yaml') return { kind: 'openapi-yaml' };
  if (rest === '/openapi.json') return { kind: 'openapi-json' };
  if (rest === '/docs' || rest === '/docs/') return { kind: 'docs' };
  return { kind: 'docs-asset', name: rest.slice('/docs/'.length) };
}

/**
 * What the pages may load: scripts only from the mock (the docs page has no inline script), styles also inline
 * (Swagger UI sets some), images also as data: URLs, requests only to the mock ("Try it out").
 */
function pagePolicy(address: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${address}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function wantsHtml(request: IncomingMessage): boolean {
  return /\btext\/html\b/i.test(request.headers.accept ?? '');
}

function text(body: string, mediaType: string, headers: Record<string, string> = {}): MockAnswer {
  return {
    status: 200,
    headers: { ...PAGE_HEADERS, 'Cache-Control': 'no-cache', ...headers },
    body: undefined,
    encoded: body,
    mediaType,
  };
}

function assetAnswer(name: string): MockAnswer {
  const asset = docsAsset(name);
  if (!asset) return errorAnswer(404, `The docs have no file ${name}.`);
  return {
    status: 200,
    headers: { ...PAGE_HEADERS, 'Cache-Control': 'public, max-age=3600' },
    body: undefined,
    encoded: asset.bytes,
    mediaType: asset.mediaType,
  };
}
