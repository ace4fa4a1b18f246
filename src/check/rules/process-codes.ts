import { createProblem, type Problem } from '../../errors/problem.ts';
import type { Guide, Process } from '../../model/process.ts';
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
    const process = entry.data as Process;
    if (process.code) {
      const first = byCode.get(process.code);
      if (first) {
        problems.push(
          createProblem('DuplicateProcessCode', {
            file: entry.file,
            line: entry.locate(['code']),
            field: 'code',
            message: `\`code\` is "${process.code}", but the process "${first}" already has that code.`,
            hint: 'Each code names one process; give this one the next free code or remove the duplicate.',
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
            message: `\`code\` is "${process.code}", but the file is named "${entry.id}"; a coded process is stored under its code.`,
            hint: `Rename the file to "${process.code.toLowerCase()}.yaml", or correct the code.`,
          }),
        );
      }
    }
    process.guides.forEach((guide: Guide, index: number) => {
      const prefix = guide.code.slice(0, 3);
      if (prefix !== process.code) {
        problems.push(
          createProblem('GuideProcessMismatch', {
            file: entry.file,
            line: entry.locate(['guides', index, 'code']),
            field: `guides[${index}].code`,
            message: `\`guides[${index}].code\` is "${guide.code}", but this process is ${process.code ? `"${process.code}"` : 'uncoded'}; a guide belongs to the process its code starts with.`,
            hint: `Move the guide to content/processes/${prefix.toLowerCase()}.yaml.`,
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
            message: `\`guides[${index}].code\` is "${guide.code}", but the process "${owner}" already lists that guide.`,
            hint: 'List each guide once, under the process its code starts with.',
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
            message: `The text cites guide "${match[0]}", but no process has the code "${processCode}".`,
            hint: `Add content/processes/${processCode.toLowerCase()}.yaml (with the fields still unknown left out), or correct the code.`,
          }),
        );
      }
    }
  }
  return problems;
};
