import { z } from 'astro/zod';
import { entryId, isoDate, source, text, textList } from './fields.ts';

/** A chapter of the S1 text (MDX); tables inside it are components that render the collections. */
export const ChapterSchema = z.strictObject({
  title: text('Chapter heading without its number, e.g. "Eesmärk ja üldsätted".'),
  number: text('Chapter number as in S1, e.g. "1"; "LISA" for the annexes, "M" for change notes.'),
  order: z.number().int().min(0).describe('Position of the chapter in the document.'),
  document: entryId('Id of the controlled document the chapter belongs to, e.g. "s1".'),
  description: text('One sentence for search results and link previews.').optional(),
});
export type Chapter = z.output<typeof ChapterSchema>;

/** A background page outside the controlled document, e.g. the slides on service-based management. */
export const PageSchema = z.strictObject({
  title: text('Page title.'),
  order: z.number().int().min(0).describe('Position in the list of background pages.'),
  description: text('One sentence for search results and link previews.').optional(),
  source,
});
export type Page = z.output<typeof PageSchema>;

const GoalSchema = z.strictObject({
  metric: text('The metric as written.'),
  target: text('The target as written, e.g. "30%" or "vähendada 15%".'),
});

export const InitiativeSchema = z.strictObject({
  name: text('Name of the initiative.'),
  subtitle: text('Subtitle as written.').optional(),
  presented: text('When and by whom it was presented, as written.').optional(),
  presentedOn: isoDate('Day the material is dated, where the day is known.').optional(),
  owner: entryId('Id of the post that leads the initiative.').optional(),
  period: z
    .strictObject({ from: z.number().int(), to: z.number().int() })
    .describe('Years the timeline covers.')
    .optional(),
  targetGroups: textList('Target groups (kellele?).'),
  goalStatement: text('The goal the metrics serve.').optional(),
  goals: z.array(GoalSchema).describe('Goal metrics with targets.'),
  timeline: z
    .array(z.strictObject({ year: z.number().int(), items: textList('What happens that year.') }))
    .describe('Timeline by year.'),
  relatedPolicyAreas: z.array(entryId('Id of a policy area.')).default([]).describe('Policy areas the initiative serves.'),
  source,
});
export type Initiative = z.output<typeof InitiativeSchema>;
