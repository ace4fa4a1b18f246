import { describe, expect, it } from 'vitest';
import { processRow, processRowText } from '../../src/text/process-row.ts';

describe('processRow', () => {
  it('follows a coded process with its code in brackets, as S1 writes "Õigusloome protsess (P03)"', () => {
    expect(processRowText(processRow({ name: 'Õigusloome protsess', code: 'P03' }, 'p03'))).toBe('Õigusloome protsess (P03)');
  });

  it('names the process that describes an uncoded one: "Eelarve planeerimine (viide P02)"', () => {
    expect(processRow({ name: 'Eelarve planeerimine', status: 'ühendatud' }, 'eelarve-planeerimine', 'P02')).toEqual({ name: 'Eelarve planeerimine', qualifier: 'viide P02' });
  });

  it('marks a process being drafted: "Analüüsiprotsess (loomisel)"', () => {
    expect(processRowText(processRow({ name: 'Analüüsiprotsess', status: 'loomisel' }, 'analuusiprotsess'))).toBe('Analüüsiprotsess (loomisel)');
  });

  it('adds no bracket when nothing is known beyond the name', () => {
    expect(processRow({ name: 'Uus protsess' }, 'uus-protsess')).toEqual({ name: 'Uus protsess' });
  });

  it('shows a process without a name by its code alone, never the code twice', () => {
    expect(processRowText(processRow({ code: 'P01' }, 'p01'))).toBe('P01');
  });
});
