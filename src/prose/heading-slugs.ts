import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walkProse } from './walk-prose.ts';

/** The ids Astro gives the headings of a body (rehypeHeadingIds: github-slugger over the heading's text, in order). */
export function listHeadingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  for (const { node } of walkProse(tree)) {
    if (node.type === 'heading') slugs.add(slugger.slug(toString(node)));
  }
  return slugs;
}
