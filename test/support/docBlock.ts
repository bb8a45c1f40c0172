import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/packageRoot';

/**
 * The first fenced block of `language` after `marker` in a doc of this repository (`README.md`,
 * `docs/mock.md`), as written: tests run the docs themselves, never a copy that could drift from them.
 */
export function docBlock(doc: string, marker: string, language: string): string {
  const text = readFileSync(path.join(packageRoot(), doc), 'utf8');
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${doc} has no "${marker}"`);
  const fence = `\`\`\`${language}\n`;
  const start = text.indexOf(fence, at);
  if (start < 0) throw new Error(`${doc} has no ${language} block after "${marker}"`);
  const end = text.indexOf('\n```', start + fence.length);
  return text.slice(start + fence.length, end + 1);
}
