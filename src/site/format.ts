/** "2026-01-15" → "15.01.2026", the way Estonian documents write a directive's date. */
export function formatDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDay;
}

/** "15.01.2026 nr 2", with the unknown parts said out loud rather than hidden. */
export function formatDirective(directive: { date?: string | undefined; number?: string | undefined } | undefined): string {
  const date = directive?.date ? formatDate(directive.date) : 'kuupäev teadmata';
  const number = directive?.number ? `nr ${directive.number}` : 'number teadmata';
  return `${date} ${number}`;
}
