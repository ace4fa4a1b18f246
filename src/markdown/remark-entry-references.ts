import { parseEntryTarget, REF_SCHEME } from '../graph/inline-references.ts';
import { entryUrl } from '../site/urls.ts';
import { contentIndex } from './content-index.ts';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  title?: string | null;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

function titleOf(collection: Parameters<typeof entryUrl>[0], id: string): string | undefined {
  return contentIndex().titles.get(`${collection}/${id}`);
}

function visit(node: MdNode): void {
  if (node.type === 'link' && node.url?.startsWith(REF_SCHEME)) {
    const target = parseEntryTarget(node.url.slice(REF_SCHEME.length));
    // The checker stops the build on a bad target before rendering; leave such a link as it is.
    if (target.ok) {
      node.url = entryUrl(target.collection, target.id);
      const title = titleOf(target.collection, target.id);
      if (!node.children?.length && title) node.children = [{ type: 'text', value: title }];
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-entry': target.collection } };
    }
  }
  node.children?.forEach(visit);
}

/** Turns [](ref:processes/p15) into a link to the entry's page that shows its current name. */
export function remarkEntryReferences() {
  return (tree: unknown) => visit(tree as MdNode);
}
