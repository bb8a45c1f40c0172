import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';

/** A fenced block of README.md or docs/*.md, with the marker comment right above it, if any. */
export interface DocSnippet {
  /** `README.md:176`: where the fence opens. */
  where: string;
  /** The fence's language: `ts`, `js`, `sh`, `json`, ... */
  language: string;
  /** The words of `<!-- name: words -->` on the line above the fence, by name (`compile`, `recipe ts-jest`). */
  marker?: { name: string; words: string[] };
  code: string;
}

const MARKER = /^<!--\s*([a-z][a-z -]*?):\s*([^>]*?)\s*-->$/;

/**
 * Every fenced block of the project's Markdown docs: the docs are the source, so tests compile and run the
 * snippets as they are written, never a copy kept beside the test.
 */
export function docSnippets(): DocSnippet[] {
  const root = packageRoot();
  const files = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`),
  ];
  return files.flatMap((file) => snippetsOf(file, readFileSync(path.join(root, file), 'utf8')));
}

function snippetsOf(file: string, text: string): DocSnippet[] {
  const lines = text.split('\n');
  const snippets: DocSnippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```([a-z]*)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    if (end < 0) throw new Error(`${file}:${index + 1}: a fence that never closes`);
    const marked = MARKER.exec(lines[index - 1] ?? '');
    snippets.push({
      where: `${file}:${index + 1}`,
      language: open[1] ?? '',
      ...(marked ? { marker: { name: marked[1] as string, words: (marked[2] as string).split(/\s+/) } } : {}),
      code: `${lines.slice(index + 1, end).join('\n')}\n`,
    });
    index = end;
  }
  return snippets;
}
