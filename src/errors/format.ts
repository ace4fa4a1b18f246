import { PROBLEM_CATALOGUE, type Problem, type ProblemCode } from './problem.ts';
import { plural } from '../text/plural.ts';

export interface FormatOptions {
  /**
   * How warnings are shown below the errors: every one in full (`npm run check -- --hoiatused`,
   * the scenario fixtures), one line per kind with its count (`npm run check`), or only
   * counted (a failed build, where the errors matter).
   */
  warnings?: 'full' | 'summary' | 'count';
  /** ANSI colour for a terminal; the entry point decides (a TTY without NO_COLOR). */
  color?: boolean;
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

function compareProblems(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message);
}

/** One block per file: its first line, then each problem with its label, code and hint. */
function fileBlocks(problems: readonly Problem[], paint: (text: string, colour: string) => string): string[] {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  return [...byFile.keys()].sort().map((file) => {
    const list = [...byFile.get(file)!].sort(compareProblems);
    const firstLine = list.find((problem) => problem.line !== undefined)?.line;
    const lines = [paint(firstLine === undefined ? file : `${file}:${firstLine}`, BOLD)];
    for (const problem of list) {
      const where = problem.line !== undefined && problem.line !== firstLine ? ` (rida ${problem.line})` : '';
      const label = problem.severity === 'error' ? paint('viga', RED) : paint('hoiatus', YELLOW);
      lines.push(`  ${label} [${problem.code}] ${problem.message}${where}`);
      if (problem.hint) lines.push(`    Vihje: ${problem.hint}`);
    }
    return lines.join('\n');
  });
}

/** "44 × UnexplainedTerm — <meaning>", most frequent kind first. */
function warningKinds(warnings: readonly Problem[], paint: (text: string, colour: string) => string): string {
  const byCode = [...Map.groupBy(warnings, (problem) => problem.code)].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const lines = byCode.map(([code, list]) => `  ${paint(`${list.length} ×`, YELLOW)} [${code}] ${PROBLEM_CATALOGUE[code as ProblemCode].meaning}`);
  return [`Hoiatused liigiti (igaüks eraldi: npm run check -- --hoiatused):`, ...lines].join('\n');
}

/**
 * The report of check, build and release alike: errors first, grouped by file, then the
 * warnings (see FormatOptions), and last a summary that names the files with errors.
 */
export function formatProblems(problems: readonly Problem[], { warnings = 'full', color = false }: FormatOptions = {}): string {
  const paint = (text: string, colour: string) => (color ? `${colour}${text}${RESET}` : text);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const rest = problems.filter((problem) => problem.severity !== 'error');
  const blocks = fileBlocks(errors, paint);
  if (warnings === 'full') blocks.push(...fileBlocks(rest, paint));
  else if (warnings === 'summary' && rest.length > 0) blocks.push(warningKinds(rest, paint));
  blocks.push(summarizeProblems(problems));
  return blocks.join('\n\n');
}

/** How many files with errors the summary names; the report above lists them all. */
const NAMED_FILES = 5;

/** "1 viga failis content/processes/p13.yaml; 7 hoiatust 7 failis." */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const errorFiles = [...new Set(errors.map((problem) => problem.file))].sort();
  const warningFiles = new Set(warnings.map((problem) => problem.file)).size;
  const named = errorFiles.slice(0, NAMED_FILES).join(', ') + (errorFiles.length > NAMED_FILES ? ` ja veel ${errorFiles.length - NAMED_FILES}` : '');
  const errorPart = errors.length ? `${plural(errors.length, 'viga', 'viga')} ${errorFiles.length === 1 ? 'failis' : 'failides'} ${named}` : 'Vigu ei ole';
  const warningPart = warnings.length ? `${plural(warnings.length, 'hoiatus', 'hoiatust')} ${plural(warningFiles, 'failis', 'failis')}` : 'hoiatusi ei ole';
  return `${errorPart}; ${warningPart}.`;
}
