/**
 * npm run check — checks the whole handbook without building the site.
 * Exit code 1 when there are errors; warnings are printed but do not fail.
 */
import { checkHandbook } from '../src/check/check-handbook.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/health/days.ts';

// 1. Read, validate and check every entry of content/ (or VAJS_CONTENT_DIR), reviews judged as of
//    today, and verify every published version in versions/ (or VAJS_VERSIONS_DIR) against its manifest.
const result = checkHandbook(process.cwd(), currentDay());

// 2. Report every problem at once, grouped by file, and fail on errors.
console.log(formatProblems(result.problems));
process.exitCode = result.ok ? 0 : 1;
