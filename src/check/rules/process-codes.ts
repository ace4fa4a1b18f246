import { createProblem, type Problem } from '../../errors/problem.ts';
import { countLineBreaks } from '../../prose/count-line-breaks.ts';
import { proseTreeOf } from '../../prose/prose-entry.ts';
import { lineOf, walkProse } from '../../prose/walk-prose.ts';
import { entriesOf, type Rule } from './rule.ts';

const GUIDE_IN_TEXT = /\bP\d{2}_J\d{2}\b/g;

/** Process codes are unique and are the ids; guides belong to the process of their prefix and exist. */
export const checkProcessCodes: Rule = (entries) => {
  const problems: Problem[] = [];
  const processes = entriesOf(entries, 'processes');
  const byCode = new Map<string, string>();
  const guideOwners = new Map<string, string>();
  for (const entry of processes) {
    const process = entry.data;
    if (process.code) {
      const first = byCode.get(process.code);
      if (first) {
        problems.push(
          createProblem('DuplicateProcessCode', {
            file: entry.file,
            line: entry.locate(['code']),
            field: 'code',
            message: `Väljal „code“ on „${process.code}“, kuid protsessil „${first}“ on juba see kood.`,
            hint: 'Iga kood tähistab ühte protsessi: anna sellele protsessile järgmine vaba kood või eemalda kordus.',
          }),
        );
      } else {
        byCode.set(process.code, entry.id);
      }
      if (entry.id !== process.code.toLowerCase()) {
        problems.push(
          createProblem('ProcessCodeMismatch', {
            file: entry.file,
            line: entry.locate(['code']),
            field: 'code',
            message: `Väljal „code“ on „${process.code}“, kuid faili nimi on „${entry.id}“; koodiga protsessi fail kannab selle koodi nime.`,
            hint: `Nimeta fail ümber („${process.code.toLowerCase()}.yaml“) või paranda kood.`,
          }),
        );
      }
    }
    process.guides.forEach((guide, index) => {
      const prefix = guide.code.slice(0, 3);
      if (prefix !== process.code) {
        problems.push(
          createProblem('GuideProcessMismatch', {
            file: entry.file,
            line: entry.locate(['guides', index, 'code']),
            field: `guides[${index}].code`,
            message: `Väljal „guides[${index}].code“ on „${guide.code}“, kuid ${process.code ? `see protsess on „${process.code}“` : 'sellel protsessil pole koodi'}; juhend kuulub protsessile, mille koodiga juhendi kood algab.`,
            hint: `Vii juhend faili content/processes/${prefix.toLowerCase()}.yaml.`,
          }),
        );
      }
      const owner = guideOwners.get(guide.code);
      if (owner) {
        problems.push(
          createProblem('DuplicateGuideCode', {
            file: entry.file,
            line: entry.locate(['guides', index, 'code']),
            field: `guides[${index}].code`,
            message: `Väljal „guides[${index}].code“ on „${guide.code}“, kuid protsess „${owner}“ loetleb juba selle juhendi.`,
            hint: 'Loetle iga juhend üks kord, selle protsessi all, mille koodiga juhendi kood algab.',
          }),
        );
      } else {
        guideOwners.set(guide.code, entry.id);
      }
    });
  }

  // Guide codes cited in prose must point to a process of the registry; code spans are examples.
  for (const entry of entries) {
    const tree = proseTreeOf(entry);
    for (const { node } of tree ? walkProse(tree) : []) {
      if (node.type !== 'text') continue;
      for (const match of node.value.matchAll(GUIDE_IN_TEXT)) {
        const processCode = match[0].slice(0, 3);
        if (byCode.has(processCode)) continue;
        problems.push(
          createProblem('UnknownGuideProcess', {
            file: entry.file,
            line: entry.bodyLine + lineOf(node) + countLineBreaks(node.value, match.index) - 1,
            field: 'body',
            message: `Tekst viitab juhendile „${match[0]}“, kuid ühelgi protsessil pole koodi „${processCode}“.`,
            hint: `Lisa fail content/processes/${processCode.toLowerCase()}.yaml (teadmata väljad jäta välja) või paranda kood.`,
          }),
        );
      }
    }
  }
  return problems;
};
