import type { Nodes, Parents } from 'mdast';
// Registers the MDX node types (JSX, expressions, ESM) in mdast's node unions.
import type {} from 'mdast-util-mdx';

/** Every node of a prose tree in document order, with its ancestors (nearest last); iterative, so deep nesting cannot overflow the stack. */
export function* walkProse(tree: Nodes): Generator<{ node: Nodes; ancestors: readonly Parents[] }> {
  const stack: { node: Nodes; ancestors: readonly Parents[] }[] = [{ node: tree, ancestors: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    yield item;
    if (!('children' in item.node)) continue;
    const ancestors = [...item.ancestors, item.node];
    for (let index = item.node.children.length - 1; index >= 0; index--) stack.push({ node: item.node.children[index]!, ancestors });
  }
}

/** The 1-based line of a node inside its body. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
