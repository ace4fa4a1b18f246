import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { parseEntryTarget, REF_SCHEME } from './inline-references.ts';
import type { CollectionKey } from '../model/collections.ts';
// Registers the MDX node types (JSX, expressions, ESM) in mdast's node unions.
import type {} from 'mdast-util-mdx';

/** A ref: link inside a block: where its text is, and the entry it names. */
export interface ReferenceSpan {
  start: number;
  end: number;
  collection: CollectionKey;
  id: string;
}

/** A heading as the built page has it: its text and the id Astro gives it. */
export interface HeadingAnchor {
  text: string;
  slug: string;
}

/** A paragraph, list item text or table cell as a reader reads it, with the heading it sits under. */
export interface ProseBlock {
  text: string;
  references: ReferenceSpan[];
  /** The nearest heading above the block; undefined before the first heading of the body. */
  heading: HeadingAnchor | undefined;
}

/** An entry's current name, which an empty ref: link shows in its place. */
export type TitleOf = (collection: CollectionKey, id: string) => string | undefined;

/** Blocks whose inline content is text a reader reads as sentences. */
const TEXT_BLOCKS = new Set(['paragraph', 'tableCell']);

interface Flat {
  text: string;
  references: ReferenceSpan[];
}

/** Where reference-style links point: [text][name] with [name]: ref:processes/p15. */
function definitionsOf(tree: Root): Map<string, string> {
  const urls = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // The first definition of a name wins, as in CommonMark; document order is restored below.
    if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return urls;
}

/**
 * The text of inline content as the page shows it: an empty ref: link shows its entry's name,
 * a line break is a space, and MDX components (which render data, not the chapter's words) and
 * raw HTML are left out.
 */
function flatten(nodes: readonly Nodes[], titleOf: TitleOf, definitions: Map<string, string>, into: Flat): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        into.text += node.value;
        break;
      case 'break':
        into.text += ' ';
        break;
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
        const target = url?.startsWith(REF_SCHEME) ? parseEntryTarget(url.slice(REF_SCHEME.length)) : undefined;
        const start = into.text.length;
        if (target?.ok && node.children.length === 0) into.text += titleOf(target.collection, target.id) ?? '';
        else flatten(node.children, titleOf, definitions, into);
        if (target?.ok && into.text.length > start) into.references.push({ start, end: into.text.length, collection: target.collection, id: target.id });
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
        flatten(node.children, titleOf, definitions, into);
        break;
      default:
        break;
    }
  }
}

/**
 * Astro's Markdown processor sets quotes, dashes and ellipses typographically ("silode" becomes
 * “silode”) before headings get their ids, so the words read from a body are set the same way:
 * a quoted sentence is then found on its page, and a heading's id is the one the page has.
 */
const typesetter = unified().use(remarkSmartypants);

function typeset(tree: Root): Root {
  // Parsed trees are shared with the checker: set a copy.
  return typesetter.runSync(structuredClone(tree)) as Root;
}

/** Where an MDX component stands: under which heading. */
interface ComponentPlace {
  name: string;
  heading: HeadingAnchor | undefined;
}

/**
 * Reads a body once in reading order: its readable blocks, each with its nearest heading and the
 * heading's id as Astro's rehypeHeadingIds gives it (github-slugger over the heading's text, in
 * order), so a link can land on the place; and the components with the heading they stand under.
 */
function readProse(parsed: Root, titleOf: TitleOf): { blocks: ProseBlock[]; components: ComponentPlace[] } {
  const tree = typeset(parsed);
  const definitions = definitionsOf(tree);
  const slugger = new GithubSlugger();
  const blocks: ProseBlock[] = [];
  const components: ComponentPlace[] = [];
  let heading: HeadingAnchor | undefined;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') {
      const flat: Flat = { text: '', references: [] };
      flatten(node.children, titleOf, definitions, flat);
      heading = { text: flat.text.replace(/\s+/g, ' ').trim(), slug: slugger.slug(flat.text) };
      continue;
    }
    if (TEXT_BLOCKS.has(node.type) && 'children' in node) {
      const flat: Flat = { text: '', references: [] };
      flatten(node.children, titleOf, definitions, flat);
      if (flat.text.trim()) blocks.push({ ...flat, heading });
      continue;
    }
    // A component renders data, not the chapter's words; code is an example.
    if (node.type === 'mdxJsxFlowElement') {
      if (node.name) components.push({ name: node.name, heading });
      continue;
    }
    if (node.type === 'code' || node.type === 'html') continue;
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return { blocks, components };
}

/** The readable blocks of a prose body in reading order, each with its nearest heading. */
export function proseBlocks(tree: Root, titleOf: TitleOf): ProseBlock[] {
  return readProse(tree, titleOf).blocks;
}

/**
 * The section a component stands in: its heading and the blocks under that heading, i.e. the
 * words the chapter says around a table it renders from the data ("1.6. Tulemuslikkuse
 * seiramine" around <Scorecard />). Undefined when the body does not use the component.
 */
export function sectionOfComponent(tree: Root, name: string, titleOf: TitleOf): { heading: HeadingAnchor | undefined; blocks: ProseBlock[] } | undefined {
  const { blocks, components } = readProse(tree, titleOf);
  const place = components.find((component) => component.name === name);
  if (!place) return undefined;
  return { heading: place.heading, blocks: blocks.filter((block) => block.heading === place.heading) };
}
