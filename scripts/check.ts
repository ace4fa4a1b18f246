/**
 * npm run check — checks the whole handbook without building the site.
 * Exit code 1 when there are errors; warnings are printed but do not fail.
 */
import { checkContent } from '../src/check/check-content.ts';
import { displayContentRoot, resolveContentRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/health/days.ts';

// 1. Find the content root (content/ or VAJS_CONTENT_DIR).
const root = resolveContentRoot(process.cwd());

// 2. Read, validate and check every entry; reviews are judged as of today.
const result = checkContent(root, displayContentRoot(root), { today: currentDay() });

// 3. Report every problem at once, grouped by file, and fail on errors.
console.log(formatProblems(result.problems));
process.exitCode = result.ok ? 0 : 1;
