import { hasErrors, type Problem } from '../errors/problem.ts';
import { buildGraph, type EntryKey, entryKey, type Graph } from '../graph/build-graph.ts';
import type { RawEntry } from '../loading/entry-file.ts';
import { readContentTree } from '../loading/read-content.ts';
import { checkGaps } from './rules/gaps.ts';
import { checkGlossary } from './rules/glossary.ts';
import { checkMdxSyntax } from './rules/mdx-syntax.ts';
import { checkPolicyGroups } from './rules/policy-groups.ts';
import { checkProcessCodes } from './rules/process-codes.ts';
import { checkProseLinks } from './rules/prose-links.ts';
import { checkComponents, checkPlaceholders, checkProseSafety } from './rules/prose-safety.ts';
import { checkReportsToCycles } from './rules/reports-to.ts';
import { checkOverdueReviews } from './rules/reviews.ts';
import type { Rule } from './rules/rule.ts';
import { validateShapes, type ValidEntry } from './validate-shape.ts';

/** Every rule that runs on shape-valid content, in the order their problems are most useful. */
export const RULES: readonly Rule[] = [
  checkProcessCodes,
  checkReportsToCycles,
  checkPolicyGroups,
  checkGlossary,
  checkPlaceholders,
  checkProseSafety,
  checkComponents,
  checkProseLinks,
  checkMdxSyntax,
  checkGaps,
];

export interface CheckResult {
  problems: Problem[];
  entries: ValidEntry[];
  graph: Graph;
  ok: boolean;
  /** Every entry as read, before its shape was checked (what Astro's collections store); only from checkContent. */
  read?: RawEntry[];
}

export interface CheckOptions {
  /** The day reviews are judged against (YYYY-MM-DD); without it no review is reported overdue. */
  today?: string | undefined;
  /**
   * Read a large tree on a second thread too (src/loading/read-entries.ts); by default it does.
   * The build's check runs beside Astro's start-up, which has the other core already.
   */
  parallel?: boolean | undefined;
}

/** Two passes, as in Backstage: shape (is each field well formed?), then integrity (does each target exist?). */
export function checkEntries(entries: ValidEntry[], earlier: Problem[] = [], invalid: Iterable<EntryKey> = [], { today }: CheckOptions = {}): CheckResult {
  const { graph, problems: referenceProblems } = buildGraph(entries, invalid);
  const rules = today ? [...RULES, checkOverdueReviews(today)] : RULES;
  const problems = [...earlier, ...referenceProblems, ...rules.flatMap((rule) => rule(entries, graph))];
  return { problems, entries, graph, ok: !hasErrors(problems) };
}

/**
 * Reads, validates and checks a whole content tree: what `npm run check`, the build and the release run.
 * The callers that face people pass today's date; the checker itself never reads the clock.
 */
export function checkContent(root: string, displayRoot = 'content', options: CheckOptions = {}): CheckResult {
  // The rules read every body's syntax tree, so a worker thread reading the tree may parse them too.
  const tree = readContentTree(root, displayRoot, { prose: true, parallel: options.parallel });
  const shapes = validateShapes(tree.entries);
  const invalid = shapes.invalid.map((entry) => entryKey(entry.collection, entry.id));
  return { ...checkEntries(shapes.valid, [...tree.problems, ...shapes.problems], invalid, options), read: tree.entries };
}
