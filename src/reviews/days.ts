/**
 * Calendar days as "YYYY-MM-DD" strings. Reviews are due on days, not instants, so all arithmetic
 * runs in UTC on whole days and never meets a daylight-saving hour.
 */

function toUtc(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Months later; a day that the target month lacks becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(isoDay: string, months: number): string {
  const start = toUtc(isoDay);
  const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtc(firstOfTarget);
}

export function addDays(isoDay: string, days: number): string {
  const date = toUtc(isoDay);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * Today in Estonia, the only place the wall clock is read. VAJS_TODAY=YYYY-MM-DD pins it, so a
 * build or report can be reproduced as of a given day; tests pass their day in directly.
 */
export function currentDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.VAJS_TODAY;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || fromUtc(toUtc(pinned)) !== pinned) {
      throw new Error(`VAJS_TODAY is "${pinned}", but it must be a real day written as YYYY-MM-DD.`);
    }
    return pinned;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tallinn', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
