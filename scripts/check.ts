/**
 * npm run check — checks the whole handbook without building the site.
 * Exit code 1 when there are errors; warnings are summarised by kind, or listed one by one with
 * --hoiatused (--warnings). Colour on a terminal, unless NO_COLOR is set.
 */
import { parseArgs } from 'node:util';
import { checkHandbook } from '../src/build/check-handbook.ts';
import { resolveContentRoot, resolveVersionsRoot } from '../src/loading/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/reviews/days.ts';

const { values } = parseArgs({ options: { hoiatused: { type: 'boolean', default: false }, warnings: { type: 'boolean', default: false } } });

// 1. Read, validate and check every entry of content/ (or VAJS_CONTENT_DIR), reviews judged as of
//    today, and verify every published version in versions/ (or VAJS_VERSIONS_DIR) against its manifest.
const projectRoot = process.cwd();
const result = await checkHandbook({ projectRoot, contentRoot: resolveContentRoot(projectRoot), versionsRoot: resolveVersionsRoot(projectRoot), today: currentDay() });

// 2. Report every problem at once, errors first, and fail on errors.
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
console.log(formatProblems(result.problems, { warnings: values.hoiatused || values.warnings ? 'full' : 'summary', color }));
process.exitCode = result.ok ? 0 : 1;
