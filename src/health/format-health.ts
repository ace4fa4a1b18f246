import { formatDate } from '../text/format-date.ts';
import type { HealthItem, HealthReport } from './content-health.ts';

function where(item: HealthItem): string {
  const file = item.line !== undefined ? `${item.file}:${item.line}` : item.file;
  return item.url ? `${item.url} · ${file}` : file;
}

/** The report as `npm run report` prints it: counts first, then every section, then what has no review schedule. */
export function formatHealthReport(report: HealthReport): string {
  const width = Math.max(...report.sections.map((section) => section.heading.length));
  const blocks: string[] = [
    `Sisu korrasolek seisuga ${formatDate(report.today)}: ${report.total === 0 ? 'kõik on korras' : `${report.total} kohta vajab tähelepanu`}.`,
    report.sections.map((section) => `  ${section.heading.padEnd(width)}  ${String(section.items.length).padStart(3)}`).join('\n'),
  ];
  for (const section of report.sections) {
    const lines = [`${section.heading} (${section.items.length})`, `  ${section.about}`];
    if (section.items.length === 0) lines.push('  Puuduvad.');
    for (const item of section.items) {
      lines.push(`  ${item.title}`, `    ${item.code ? `[${item.code}] ` : ''}${item.text}`, `    ${where(item)}`);
    }
    blocks.push(lines.join('\n'));
  }
  const unscheduled = report.unscheduled.reduce((sum, group) => sum + group.items.length, 0);
  if (unscheduled > 0) {
    const lines = [`Ülevaatusgraafikuta (${unscheduled})`, '  Neil puudub viimase ülevaatuse kuupäev või intervall, seega pole neil ka tähtaega: lisada väljad „lastReview“ ja „reviewIntervalMonths“.'];
    for (const group of report.unscheduled) {
      lines.push(`  ${group.heading} (${group.items.length}): ${group.items.map((item) => item.short ?? item.title).join(', ')}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
