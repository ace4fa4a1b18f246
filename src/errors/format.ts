import type { Problem } from './problem.ts';
import { plural } from '../text/plural.ts';


function compareProblems(a: Problem, b: Problem): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message);
}

export interface FormatOptions {
  /** Print warnings in full (check, report) or only count them (a failed build, where errors matter). */
  warnings?: 'full' | 'count';
}

/** Groups problems by file, errors before warnings, and ends with a count. Used by build, check and release alike. */
export function formatProblems(problems: readonly Problem[], { warnings = 'full' }: FormatOptions = {}): string {
  const byFile = new Map<string, Problem[]>();
  const shown = warnings === 'full' ? problems : problems.filter((problem) => problem.severity === 'error');
  for (const problem of shown) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const blocks: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    const list = byFile.get(file)!.sort(compareProblems);
    const firstLine = list.find((problem) => problem.line !== undefined)?.line;
    const lines = [firstLine === undefined ? file : `${file}:${firstLine}`];
    for (const problem of list) {
      const where = problem.line !== undefined && problem.line !== firstLine ? ` (line ${problem.line})` : '';
      const tag = problem.severity === 'error' ? `[${problem.code}]` : `warning [${problem.code}]`;
      lines.push(`  ${tag} ${problem.message}${where}`);
      if (problem.hint) lines.push(`    Hint: ${problem.hint}`);
    }
    blocks.push(lines.join('\n'));
  }
  const hidden = problems.length - shown.length;
  const more = hidden > 0 ? ` (Warnings are listed by \`npm run check\`.)` : '';
  blocks.push(summarizeProblems(problems) + more);
  return blocks.join('\n\n');
}

export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const filesOf = (list: Problem[]) => new Set(list.map((problem) => problem.file)).size;
  const errorPart = errors.length
    ? `Found ${plural(errors.length, 'error', 'errors')} in ${plural(filesOf(errors), 'file', 'files')}`
    : 'No errors';
  const warningPart = warnings.length
    ? `${plural(warnings.length, 'warning', 'warnings')} in ${plural(filesOf(warnings), 'file', 'files')}`
    : 'no warnings';
  return `${errorPart}; ${warningPart}.`;
}
