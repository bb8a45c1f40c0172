import type { IncomingMessage } from 'node:http';
import type { MockAnswer } from '../mockAnswer';

/** One of the mock's own pages. */
export type FacePage =
  | { kind: 'index' }
  | { kind: 'openapi-yaml' }
  | { kind: 'openapi-json' }
  | { kind: 'docs' }
  | { kind: 'docs-asset'; name: string };

/** The mock's own pages: what a browser or a client sees of the mock itself, beside the spec's paths. */
export interface MockFace {
  /** Where the front page is: `/`, or `/__mock/` when the spec has paths of its own there. */
  indexPath: string;
  /** The page at a path (or the 405 a method other than GET and HEAD gets there); undefined for the spec's paths. */
  page(
    method: string,
    path: string,
  ): { kind: 'face'; page: FacePage } | { kind: 'answer'; answer: MockAnswer } | undefined;
  answer(page: FacePage, request: IncomingMessage): MockAnswer;
}
