/** "2026-01-15" → "15.01.2026", the way Estonian documents write a date. */
export function formatDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDay;
}
