import { z } from 'astro/zod';
import { source, sourceNote, text, textList } from './fields.ts';

export const RoleFunctionSchema = z.strictObject({
  name: text('Name of the function, e.g. "Võimestaja".'),
  definition: text('Definition from the glossary of role functions; leave out where the glossary has none.').optional(),
  alsoCalled: textList('Other wordings used on role cards for the same function.').default([]),
  note: sourceNote,
  source,
});
export type RoleFunction = z.output<typeof RoleFunctionSchema>;
