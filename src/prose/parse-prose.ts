import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntryFormat } from '../model/collections.ts';

// The parsers the build uses (MDX with GFM, Markdown with GFM), so the checker sees the same tree.
const mdxParser = createProcessor({ remarkPlugins: [remarkGfm] });
const markdownParser = unified().use(remarkParse).use(remarkGfm);

const trees = new Map<string, Root | undefined>();

/**
 * The syntax tree of a prose body, or undefined when MDX cannot be parsed (the MDX rule reports
 * that). Several rules read the same bodies, so each body is parsed once.
 */
export function parseProse(body: string, format: EntryFormat): Root | undefined {
  const key = `${format}\u0000${body}`;
  if (trees.has(key)) return trees.get(key);
  let tree: Root | undefined;
  try {
    tree = (format === 'mdx' ? mdxParser.parse(body) : markdownParser.parse(body)) as Root;
  } catch {
    tree = undefined;
  }
  // A long check or dev session must not keep every past version of every body.
  if (trees.size > 5000) trees.clear();
  trees.set(key, tree);
  return tree;
}
