import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntryFormat } from '../model/collections.ts';

// The parsers the build uses (MDX with GFM, Markdown with GFM), so the checker sees the same tree.
// MDX's parser is what @mdx-js/mdx's processor parses with (remark-parse and remark-mdx), without
// loading the compiler the checker never runs.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** A parsed body, or why MDX could not parse it (the message and line of micromark's error). */
export type ProseParse = { ok: true; tree: Root } | { ok: false; reason: string; line: number | undefined };

const parses = new Map<string, ProseParse>();
const keyOf = (body: string, format: EntryFormat) => `${format}\u0000${body}`;

/** Parses a prose body once for every rule that reads it: the tree, or MDX's syntax error. */
export function parseProseOutcome(body: string, format: EntryFormat): ProseParse {
  const known = parses.get(keyOf(body, format));
  if (known) return known;
  let outcome: ProseParse;
  try {
    outcome = { ok: true, tree: (format === 'mdx' ? mdxParser.parse(body) : markdownParser.parse(body)) as Root };
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    outcome = { ok: false, reason: reason ?? String(error), line };
  }
  rememberProse(body, format, outcome);
  return outcome;
}

/** Keeps a parse made elsewhere (by the thread that read the file, see read-entries.ts) for the rules to read. */
export function rememberProse(body: string, format: EntryFormat, outcome: ProseParse): void {
  // A long check or dev session must not keep every past version of every body.
  if (parses.size > 5000) parses.clear();
  parses.set(keyOf(body, format), outcome);
}

/**
 * The syntax tree of a prose body, or undefined when MDX cannot be parsed (the MDX rule reports
 * that). Several rules read the same bodies, so each body is parsed once.
 */
export function parseProse(body: string, format: EntryFormat): Root | undefined {
  const outcome = parseProseOutcome(body, format);
  return outcome.ok ? outcome.tree : undefined;
}
