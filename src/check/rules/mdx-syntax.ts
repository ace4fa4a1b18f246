import { createProcessor } from '@mdx-js/mdx';
import { createProblem, type Problem } from '../../errors/problem.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import type { Rule } from './rule.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

/**
 * Parses every MDX body the way the build will, so an unclosed tag or a stray brace is reported
 * with its line here instead of as a compiler stack trace during the build.
 */
export const checkMdxSyntax: Rule = (entries) => {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (COLLECTIONS[entry.collection].format !== 'mdx' || entry.body === undefined) continue;
    processor ??= createProcessor();
    try {
      processor.parse(entry.body);
    } catch (error) {
      const { reason, line } = error as { reason?: string; line?: number };
      problems.push(
        createProblem('InvalidMdx', {
          file: entry.file,
          line: entry.bodyLine + (line ?? 1) - 1,
          field: 'body',
          message: `Peatükk ei ole korrektne MDX: ${(reason ?? String(error)).replace(/\.$/, '')}.`,
          hint: 'Kui märgid { } < on mõeldud tekstina, kirjuta need MDX-is kujul \\{ \\} \\<; sulge iga komponendi silt, nt <BodiesTable />.',
        }),
      );
    }
  }
  return problems;
};
