/**
 * npm run report — the quality manager's content-health report in the terminal: the same data
 * as the page /kvaliteedijuhile/sisu-korrasolek/. Always exits 0: it informs, `npm run check` guards.
 */
import { checkContent } from '../src/check/check-content.ts';
import { displayContentRoot, resolveContentRoot } from '../src/loading/content-root.ts';
import { buildHealthReport } from '../src/health/content-health.ts';
import { currentDay } from '../src/reviews/days.ts';
import { formatHealthReport } from '../src/health/format-health.ts';

// 1. Find the content root (content/ or VAJS_CONTENT_DIR) and today's date (VAJS_TODAY pins it).
const root = resolveContentRoot(process.cwd());
const today = currentDay();

// 2. Run the checker and sort its findings, the reviews and the drafts into the report.
const report = buildHealthReport(checkContent(root, displayContentRoot(root), { today }), today);

// 3. Print it.
console.log(formatHealthReport(report));
