import { createProblem, type Problem } from '../../errors/problem.ts';
import { entriesOf, type Rule } from './rule.ts';

/** Posts must not report to each other in a circle; each circle is reported once, at its first post. */
export const checkReportsToCycles: Rule = (entries) => {
  const positions = entriesOf(entries, 'positions');
  const byId = new Map(positions.map((entry) => [entry.id, entry]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  for (const start of positions) {
    const chain: string[] = [];
    let id: string | undefined = start.id;
    while (id && byId.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'visiting') {
        const cycle = chain.slice(chain.indexOf(id));
        const first = byId.get([...cycle].sort()[0]!)!;
        problems.push(
          createProblem('ReportsToCycle', {
            file: first.file,
            line: first.locate(['reportsTo']),
            field: 'reportsTo',
            message: `Väli „reportsTo“ moodustab ringi: ${[...cycle, id].join(' → ')}.`,
            hint: 'Üks ringis olev ametikoht peab alluma ringist väljaspool olevale ametikohale või mitte kellelegi.',
          }),
        );
        break;
      }
      state.set(id, 'visiting');
      chain.push(id);
      id = byId.get(id)!.data.reportsTo;
    }
    for (const visited of chain) state.set(visited, 'done');
  }
  return problems;
};
