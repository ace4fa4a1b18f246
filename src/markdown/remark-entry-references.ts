import type { Definition, Link, LinkReference, Nodes } from 'mdast';
// The mdast data fields that become HTML properties (hProperties), as remark-rehype reads them.
import type {} from 'mdast-util-to-hast';
import { parseEntryTarget, REF_SCHEME } from '../prose/inline-references.ts';
import { walkProse } from '../prose/walk-prose.ts';
import { entryUrl } from '../site/urls.ts';
import type { ContentIndex } from './content-index.ts';

/** Points a ref: link or definition at the entry's page; returns the entry's title, or undefined for a target the checker refuses. */
function resolve(node: Link | Definition, index: ContentIndex): { collection: string; title: string | undefined } | undefined {
  if (!node.url.startsWith(REF_SCHEME)) return undefined;
  const target = parseEntryTarget(node.url.slice(REF_SCHEME.length));
  // The checker stops the build on a bad target before rendering; leave such a link as it is.
  if (!target.ok) return undefined;
  node.url = entryUrl(target.collection, target.id);
  return { collection: target.collection, title: index.titles.get(`${target.collection}/${target.id}`) };
}

/** An empty link shows the entry's current name, and carries the collection it points into. */
function dress(node: Link | LinkReference, resolved: { collection: string; title: string | undefined }): void {
  if (node.children.length === 0 && resolved.title) node.children = [{ type: 'text', value: resolved.title }];
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataEntry: resolved.collection } };
}

/** Turns [](ref:processes/p15), and [text][name] with [name]: ref:processes/p15, into links to the entry's page that show its current name. */
export function remarkEntryReferences({ index }: { index: () => ContentIndex }) {
  return (tree: Nodes) => {
    const titles = index();
    const definitions = new Map<string, { collection: string; title: string | undefined }>();
    const references: LinkReference[] = [];
    for (const { node } of walkProse(tree)) {
      if (node.type === 'link') {
        const resolved = resolve(node, titles);
        if (resolved) dress(node, resolved);
      } else if (node.type === 'definition') {
        const resolved = resolve(node, titles);
        // The first definition of a name wins, as in CommonMark.
        if (resolved && !definitions.has(node.identifier)) definitions.set(node.identifier, resolved);
      } else if (node.type === 'linkReference') {
        references.push(node);
      }
    }
    for (const reference of references) {
      const resolved = definitions.get(reference.identifier);
      if (resolved) dress(reference, resolved);
    }
  };
}
