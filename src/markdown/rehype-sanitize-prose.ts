import type { ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { randomUUID } from 'node:crypto';
import { PROSE_COMPONENTS } from '../model/prose-components.ts';
import { PROSE_SCHEMA } from '../prose/prose-schema.ts';

type Component = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type AnyNode = Root | RootContent | ElementContent;

/** The stand-in element a component travels as through the sanitizer; its token cannot be forged by content. */
const STAND_IN = 'vajs-prose-component';
const TOKEN = randomUUID();
const SCHEMA = {
  ...PROSE_SCHEMA,
  tagNames: [...(PROSE_SCHEMA.tagNames ?? []), STAND_IN],
  attributes: { ...PROSE_SCHEMA.attributes, [STAND_IN]: ['dataToken'] },
};
const MDX_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];
const known: readonly string[] = PROSE_COMPONENTS;

function isJsx(node: AnyNode): node is Component {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Literal attributes only: an expression would be code, whatever element carries it. */
function literalAttributes(node: Component): Record<string, string | true> | undefined {
  const attributes: Record<string, string | true> = {};
  for (const item of node.attributes) {
    if (item.type !== 'mdxJsxAttribute' || (item.value !== null && item.value !== undefined && typeof item.value !== 'string')) return undefined;
    attributes[item.name] = item.value ?? true;
  }
  return attributes;
}

/**
 * Replaces each site component by a stand-in element the schema allows, remembering it by index,
 * and turns lowercase JSX with literal attributes (<abbr title="…">) into the HTML element it
 * stands for, so the sanitizer judges it as the checker does. Other JSX is left for the sanitizer to drop.
 */
function protectComponents(node: AnyNode, kept: Component[]): AnyNode {
  const attributes = isJsx(node) ? literalAttributes(node) : undefined;
  if (isJsx(node) && attributes && known.includes(node.name ?? '')) {
    kept.push(node);
    const children = node.children.map((child) => protectComponents(child, kept) as ElementContent);
    return { type: 'element', tagName: STAND_IN, properties: { dataToken: `${TOKEN}:${kept.length - 1}` }, children };
  }
  if (isJsx(node) && attributes && node.name && node.name === node.name.toLowerCase()) {
    const element = h(node.name, attributes);
    element.children = node.children.map((child) => protectComponents(child, kept) as ElementContent);
    return element;
  }
  if ('children' in node) (node as { children: AnyNode[] }).children = node.children.map((child) => protectComponents(child, kept));
  return node;
}

/** Puts the kept components back where their stand-ins survived, with the sanitized children. */
function restoreComponents(node: AnyNode, kept: readonly Component[]): AnyNode[] {
  if (node.type === 'element' && node.tagName === STAND_IN) {
    const [token, index] = String(node.properties['dataToken'] ?? '').split(':');
    const component = token === TOKEN ? kept[Number(index)] : undefined;
    const children = node.children.flatMap((child) => restoreComponents(child, kept)) as ElementContent[];
    return component ? [{ ...component, children } as Component] : children;
  }
  if ('children' in node) (node as { children: AnyNode[] }).children = node.children.flatMap((child) => restoreComponents(child, kept));
  return [node];
}

/**
 * The build renders prose only through the sanitizer the checker judges by (GitHub's schema,
 * narrowed): raw HTML in Markdown is parsed first (Astro would do so only after this plugin), and
 * in MDX the site's own components pass as they are while any other JSX, expression or ESM is
 * dropped, since the sanitizer keeps only the node types it knows.
 */
export function rehypeSanitizeProse() {
  return (tree: Root): Root => {
    const parsed = raw(tree, { passThrough: MDX_TYPES }) as Root;
    const kept: Component[] = [];
    const guarded = protectComponents(parsed, kept) as Root;
    const clean = sanitize(guarded, SCHEMA) as Root;
    return restoreComponents(clean, kept)[0] as Root;
  };
}
