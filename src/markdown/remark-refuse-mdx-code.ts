import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walkProse } from '../prose/walk-prose.ts';

/**
 * Defence in depth behind the checker: an MDX chapter with ESM, a {…} expression or an expression
 * or spread attribute would run as code in the build, so compiling it stops here, before MDX
 * turns it into JavaScript. The checker reports the same constructs with file and line first.
 */
export function remarkRefuseMdxCode() {
  return (tree: Root, file: VFile) => {
    for (const { node } of walkProse(tree)) {
      const line = node.position?.start.line ?? 0;
      let construct: string | undefined;
      if (node.type === 'mdxjsEsm') construct = 'import või export';
      else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') construct = `{${node.value}}`;
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const attribute = node.attributes.find((item) => item.type === 'mdxJsxExpressionAttribute' || (item.value !== null && typeof item.value === 'object'));
        if (attribute) construct = `avaldis elemendi <${node.name ?? ''}> atribuudis`;
      }
      if (construct) throw new Error(`${file.path}:${line}: peatükis on kood (${construct.slice(0, 80)}), mida käsiraamat ei luba; npm run check näitab, mida parandada.`);
    }
  };
}
