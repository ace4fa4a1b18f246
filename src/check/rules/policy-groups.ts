import { createProblem, type Problem } from '../../errors/problem.ts';
import { didYouMean } from '../../graph/suggest.ts';
import { entriesOf, type Rule } from './rule.ts';

/** A policy area's group must be one of its domain's groups. */
export const checkPolicyGroups: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  for (const entry of entriesOf(entries, 'policyAreas')) {
    const area = entry.data;
    const domain = graph.get('policyDomains', area.domain)?.data;
    if (!area.group || !domain) continue;
    const groups = domain.groups.map((group) => group.id);
    if (groups.includes(area.group)) continue;
    problems.push(
      createProblem('UnknownPolicyGroup', {
        file: entry.file,
        line: entry.locate(['group']),
        field: 'group',
        message: `Väljal „group“ on „${area.group}“, kuid valdkonnal „${area.domain}“ sellist rühma ei ole.`,
        hint: [didYouMean(area.group, groups), groups.length ? `Selle valdkonna rühmad: ${groups.join(', ')}.` : 'Sellel valdkonnal rühmi ei ole: jäta väli „group“ ära.']
          .filter(Boolean)
          .join(' '),
      }),
    );
  }
  return problems;
};
