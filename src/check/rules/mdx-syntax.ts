import { createProblem, type Problem } from '../../errors/problem.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import { parseProseOutcome } from '../../prose/parse-prose.ts';
import type { Rule } from './rule.ts';

/**
 * Parses every MDX body the way the build will (once, for every rule: src/prose/parse-prose.ts), so an unclosed tag or a stray brace is reported
 * with its line here instead of as a compiler stack trace during the build.
 */
export const checkMdxSyntax: Rule = (entries) => {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (COLLECTIONS[entry.collection].format !== 'mdx' || entry.body === undefined) continue;
    const parsed = parseProseOutcome(entry.body, 'mdx');
    if (!parsed.ok) {
      const { reason, line } = parsed;
      problems.push(
        createProblem('InvalidMdx', {
          file: entry.file,
          line: entry.bodyLine + (line ?? 1) - 1,
          field: 'body',
          message: `Peatükk ei ole korrektne MDX: ${reason.replace(/\.$/, '')}.`,
          hint: 'Kui märgid { } < on mõeldud tekstina, kirjuta need MDX-is kujul \\{ \\} \\<; sulge iga komponendi silt, nt <BodiesTable />.',
        }),
      );
    }
  }
  return problems;
};
