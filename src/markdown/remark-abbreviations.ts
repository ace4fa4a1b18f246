import { escapeRegExp } from '../text/escape-regexp.ts';
import type { ContentIndex } from './content-index.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

const LETTER = 'A-Za-z0-9ÕÄÖÜŠŽõäöüšž';
/** Where abbreviations are not explained: inside links, headings, code, and already explained text. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'html', 'abbr', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function abbr(text: string, title: string): MdNode {
  return { type: 'abbr', data: { hName: 'abbr', hProperties: { title }, hChildren: [{ type: 'text', value: text }] } };
}

/**
 * Explains abbreviations in running text with <abbr title="…">, from the glossary's expansions,
 * once per page: the first use is explained, later ones are left plain so the text stays calm.
 */
export function remarkAbbreviations({ index }: { index: () => ContentIndex }) {
  return (root: unknown) => {
    const tree = root as MdNode;
    const { abbreviations } = index();
    if (abbreviations.length === 0) return;
    const byText = new Map(abbreviations.map((item) => [item.text, item.title]));
    const pattern = new RegExp(
      `(?<![${LETTER}])(${[...byText.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![${LETTER}])`,
      'g',
    );
    const explained = new Set<string>();
    const visit = (node: MdNode) => {
      if (!node.children || SKIP.has(node.type)) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'text' || !child.value) {
          visit(child);
          return [child];
        }
        const parts: MdNode[] = [];
        let last = 0;
        for (const match of child.value.matchAll(pattern)) {
          const title = byText.get(match[1]!)!;
          if (explained.has(title)) continue;
          explained.add(title);
          if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
          parts.push(abbr(match[1]!, title));
          last = match.index + match[1]!.length;
        }
        if (parts.length === 0) return [child];
        if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
        return parts;
      });
    };
    visit(tree);
  };
}
