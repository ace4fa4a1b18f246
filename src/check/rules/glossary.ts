import { createProblem, type Problem } from '../../errors/problem.ts';
import type { GlossaryTerm } from '../../model/glossary.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import { parseEntryTarget } from '../../graph/inline-references.ts';
import { didYouMean } from '../../graph/suggest.ts';
import { entriesOf, type Rule } from './rule.ts';

/** Terms are unique, `related` points to an entry, and a term without any explanation is reported. */
export const checkGlossary: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entriesOf(entries, 'glossary')) {
    const term = entry.data as GlossaryTerm;
    const key = term.term.toLocaleLowerCase('et');
    const first = seen.get(key);
    if (first) {
      problems.push(
        createProblem('DuplicateGlossaryTerm', {
          file: entry.file,
          line: entry.locate(['term']),
          field: 'term',
          message: `\`term\` is "${term.term}", but glossary/${first} already defines it.`,
          hint: 'Keep one entry per term; put other spellings in `variants`.',
        }),
      );
    } else {
      seen.set(key, entry.id);
    }
    if (term.related) {
      const target = parseEntryTarget(term.related);
      if (target.ok && !graph.get(target.collection, target.id)) {
        const hint = didYouMean(target.id, graph.ids(target.collection));
        problems.push(
          createProblem('UnknownReference', {
            file: entry.file,
            line: entry.locate(['related']),
            field: 'related',
            message: `\`related\` is "${term.related}", but no ${COLLECTIONS[target.collection].noun} has the id "${target.id}".`,
            hint: `${hint ? `${hint} ` : ''}Ids are the file names in content/${COLLECTIONS[target.collection].folder}/.`,
          }),
        );
      } else if (!target.ok) {
        problems.push(
          createProblem('InvalidValue', {
            file: entry.file,
            line: entry.locate(['related']),
            field: 'related',
            message: `\`related\` is "${term.related}", but ${target.reason}.`,
            hint: `Write "<collection>/<id>", e.g. "organizations/som"; collections are ${Object.keys(COLLECTIONS).join(', ')}.`,
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
          message: `"${term.term}" has neither an expansion nor a definition in the sources.`,
          hint: 'Add `expansion` or `definition` once an approved source gives one.',
        }),
      );
    }
  }
  return problems;
};
