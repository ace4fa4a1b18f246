import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntryFormat } from '../model/collections.ts';

// The parsers the build uses (MDX with GFM, Markdown with GFM), so the checker sees the same tree.
const mdxParser = createProcessor({ remarkPlugins: [remarkGfm] });
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** A parsed body, or why MDX could not parse it (the parser's reason and 1-based line). */
export type ParsedProse = { tree: Root; error?: undefined } | { tree?: undefined; error: { reason: string; line: number | undefined } };

const parsed = new Map<string, ParsedProse>();

/** Parses a prose body once, however many rules read it: the MDX rule its error, the others its tree. */
export function parseProseOnce(body: string, format: EntryFormat): ParsedProse {
  const key = `${format}\u0000${body}`;
  const known = parsed.get(key);
  if (known) return known;
  let result: ParsedProse;
  try {
    result = { tree: (format === 'mdx' ? mdxParser.parse(body) : markdownParser.parse(body)) as Root };
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    result = { error: { reason: reason ?? String(error), line } };
  }
  // A long check or dev session must not keep every past version of every body.
  if (parsed.size > 5000) parsed.clear();
  parsed.set(key, result);
  return result;
}

/** The syntax tree of a prose body, or undefined when MDX cannot parse it (the MDX rule reports that). */
export function parseProse(body: string, format: EntryFormat): Root | undefined {
  return parseProseOnce(body, format).tree;
}
