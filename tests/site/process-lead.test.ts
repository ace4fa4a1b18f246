import { describe, expect, it } from 'vitest';
import type { Process } from '../../src/model/process.ts';
import { processLead } from '../../src/site/process-lead.ts';

const process = (data: Partial<Process>): Process => ({ guides: [], order: 0, source: 'S1 ptk 3.2', ...data });

describe('processLead', () => {
  it('says what kind of process it is and who owns it, in one sentence', () => {
    const p06 = process({ code: 'P06', name: 'Hankeprotsess', kind: 'tugiprotsess', status: 'kinnitatud', owner: 'oigustalituse-juht' });
    expect(processLead(p06, { title: 'P06 Hankeprotsess', owner: 'RaM-i ühisosakonna õigustalituse juht' })).toBe('Hankeprotsess on tugiprotsess, mille omanik on RaM-i ühisosakonna õigustalituse juht.');
  });

  it('says once, in the same sentence, which of the principal facts the sources do not give', () => {
    const unowned = process({ name: 'Analüüsiprotsess', kind: 'tugiprotsess', status: 'loomisel' });
    expect(processLead(unowned, { title: 'Analüüsiprotsess' })).toBe('Analüüsiprotsess on tugiprotsess; lähtedokumendid ei nimeta selle omanikku.');
  });

  it('says of a process known only by its code (P01) that the sources name nothing else, in one sentence', () => {
    expect(processLead(process({ code: 'P01' }), { title: 'P01' })).toBe('Lähtedokumendid ei nimeta protsessi P01 nime, liiki, omanikku ega staatust.');
  });

  it('names the owner when the kind is unknown', () => {
    const kindless = process({ code: 'P09', name: 'Arendusprotsess', status: 'kinnitatud', owner: 'kvaliteedijuht' });
    expect(processLead(kindless, { title: 'P09 Arendusprotsess', owner: 'Kvaliteedijuht' })).toBe('Protsessi P09 Arendusprotsess omanik on Kvaliteedijuht; lähtedokumendid ei nimeta selle liiki.');
  });
});
