import { createProblem, type Problem } from '../../errors/problem.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import { unknownReference } from '../../graph/unknown-reference.ts';
import { parseEntryTarget } from '../../prose/inline-references.ts';
import { entriesOf, type Rule } from './rule.ts';

/** Terms are unique, `related` points to an entry, and a term without any explanation is reported. */
export const checkGlossary: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entriesOf(entries, 'glossary')) {
    const term = entry.data;
    const key = term.term.toLocaleLowerCase('et');
    const first = seen.get(key);
    if (first) {
      problems.push(
        createProblem('DuplicateGlossaryTerm', {
          file: entry.file,
          line: entry.locate(['term']),
          field: 'term',
          message: `Väljal „term“ on „${term.term}“, kuid glossary/${first} määratleb selle juba.`,
          hint: 'Hoia iga mõiste ühes kirjes; muud kirjapildid pane väljale „variants“.',
        }),
      );
    } else {
      seen.set(key, entry.id);
    }
    if (term.related) {
      const target = parseEntryTarget(term.related);
      if (target.ok && !graph.get(target.collection, target.id)) {
        problems.push(
          unknownReference(graph, {
            file: entry.file,
            line: entry.locate(['related']),
            field: 'related',
            value: term.related,
            collection: target.collection,
            id: target.id,
            fieldChoosesCollection: false,
            from: `glossary/${entry.id}`,
          }),
        );
      } else if (!target.ok) {
        problems.push(
          createProblem('InvalidValue', {
            file: entry.file,
            line: entry.locate(['related']),
            field: 'related',
            message: `Väljal „related“ on „${term.related}“, kuid ${target.reason}.`,
            hint: `Kirjuta „<kogu>/<id>“, nt „organizations/som“; kogud on ${Object.keys(COLLECTIONS).join(', ')}.`,
          }),
        );
      }
    }
    if (!term.expansion && !term.definition) {
      problems.push(
        createProblem('UnexplainedTerm', {
          file: entry.file,
          line: entry.locate(['term']),
          field: 'expansion',
          message: `Mõistel „${term.term}“ pole allikates lahtikirjutust ega määratlust.`,
          hint: 'Lisa väli „expansion“ või „definition“, kui kinnitatud allikas selle annab.',
        }),
      );
    }
  }
  return problems;
};
