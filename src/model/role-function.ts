import { z } from 'astro/zod';
import { source, sourceNote, text, textList } from './fields.ts';

export const RoleFunctionSchema = z.strictObject({
  name: text('Funktsiooni nimi, nt „Võimestaja“.'),
  definition: text('Määratlus rollide seletavast sõnaraamatust; jäta välja, kui sõnaraamatus seda pole.').optional(),
  alsoCalled: textList('Muud sõnastused, mida rollikaartidel sama funktsiooni kohta kasutatakse.').default([]),
  note: sourceNote,
  source,
});
export type RoleFunction = z.output<typeof RoleFunctionSchema>;
