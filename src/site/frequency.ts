import type { Frequency } from '../model/body.ts';

/** A quarter is 13 weeks (52 / 4) and 3 months: "kord nädalas" is 13 meetings a quarter, exactly. */
const PER_QUARTER = { nädal: 13, kuu: 3, kvartal: 1 } as const;
const WEEKS_PER_MONTH = 52 / 12;

/** Meetings in a quarter, by the data's count and period. */
export function meetingsPerQuarter(frequency: Frequency): number {
  return frequency.times * PER_QUARTER[frequency.per];
}

/** Meetings in a month and in a quarter, rounded the way a reader counts them. */
export function meetingsPer(frequency: Frequency): { month: number; quarter: number } {
  const perMonth = frequency.per === 'nädal' ? frequency.times * WEEKS_PER_MONTH : frequency.per === 'kuu' ? frequency.times : frequency.times / 3;
  return { month: Math.round(perMonth * 10) / 10, quarter: meetingsPerQuarter(frequency) };
}

/** "kord" for one, "2 korda" for more: how Estonian counts occasions. */
function times(count: number): string {
  return count === 1 ? 'kord' : `${count} korda`;
}

/** How often in a month, in words: "2 korda kuus", "umbes 4 korda kuus", "harvem kui kord kuus". */
export function describePerMonth(frequency: Frequency): string {
  const { month } = meetingsPer(frequency);
  if (month < 1) return 'harvem kui kord kuus';
  return Number.isInteger(month) ? `${times(month)} kuus` : `umbes ${times(Math.round(month))} kuus`;
}

/** How often in a quarter, in words: "13 korda kvartalis", "kord kvartalis". */
export function describePerQuarter(frequency: Frequency): string {
  return `${times(meetingsPerQuarter(frequency))} kvartalis`;
}

/** Both counts in one phrase, e.g. "umbes 4 korda kuus, 13 korda kvartalis"; a quarterly body says only "kord kvartalis". */
export function describeFrequency(frequency: Frequency): string {
  if (frequency.per === 'kvartal') return describePerQuarter(frequency);
  return `${describePerMonth(frequency)}, ${describePerQuarter(frequency)}`;
}
