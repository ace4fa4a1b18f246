import type { Frequency } from '../model/body.ts';

/** Weeks in a month and a quarter, for turning "kord nädalas" into meetings per month. */
const WEEKS_PER_MONTH = 52 / 12;
const PER_PERIOD_IN_MONTHS = { nädal: 1 / WEEKS_PER_MONTH, kuu: 1, kvartal: 3 } as const;

/** Meetings in a month and in a quarter, rounded the way a reader counts them. */
export function meetingsPer(frequency: Frequency): { month: number; quarter: number } {
  const perMonth = frequency.times / PER_PERIOD_IN_MONTHS[frequency.per];
  return { month: Math.round(perMonth * 10) / 10, quarter: Math.round(perMonth * 3) };
}

export function describeFrequency(frequency: Frequency): string {
  const { month, quarter } = meetingsPer(frequency);
  const monthText = month >= 1 ? `umbes ${Math.round(month)} korda kuus` : 'harvem kui kord kuus';
  return `${monthText}, ${quarter} korda kvartalis`;
}
