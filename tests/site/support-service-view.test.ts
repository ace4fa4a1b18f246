import { describe, expect, it } from 'vitest';
import { supportServiceRows } from '../../src/site/support-service-view.ts';

describe('supportServiceRows', () => {
  const services = [
    { id: 'oigus', data: { goal: ['Õigusloome kvaliteet.'], lead: 'oigusala-juht' } },
    { id: 'arendus', data: { goal: ['Organisatsiooni areng.'] } },
    { id: 'haldus', data: { goal: ['Töökeskkond.', 'Vara.'], lead: 'haldusjuht' } },
  ];
  const processes = [
    { id: 'p03', data: { name: 'Õigusloome protsess', code: 'P03', owner: 'oigusala-juht', supportService: 'oigus' } },
    { id: 'p02', data: { name: 'Strateegiline planeerimine', code: 'P02' } },
    { id: 'lepingud', data: { name: 'Lepingute protsess', status: 'loomisel' as const, supportService: 'oigus' } },
    { id: 'eelarve', data: { name: 'Eelarve planeerimine', status: 'ühendatud' as const, partOf: 'p02', owner: 'eelarvejuht', supportService: 'haldus' } },
  ];

  it('gives each service, in order, the processes that name it, in theirs, with their owners', () => {
    const rows = supportServiceRows(services, processes);
    expect(rows.map((row) => [row.id, row.processes.map((process) => [process.id, process.owner])])).toEqual([
      ['oigus', [['p03', 'oigusala-juht'], ['lepingud', undefined]]],
      ['arendus', []],
      ['haldus', [['eelarve', 'eelarvejuht']]],
    ]);
  });

  it('writes each process as S1 does, naming the code of the process it is part of', () => {
    const rows = supportServiceRows(services, processes);
    expect(rows.flatMap((row) => row.processes.map(({ name, qualifier }) => [name, qualifier]))).toEqual([
      ['Õigusloome protsess', 'P03'],
      ['Lepingute protsess', 'loomisel'],
      ['Eelarve planeerimine', 'viide P02'],
    ]);
  });

  it('keeps the goal and the lead of a service, which the table shows when it has no process', () => {
    expect(supportServiceRows(services, processes)[1]).toEqual({ id: 'arendus', goal: ['Organisatsiooni areng.'], lead: undefined, processes: [] });
  });
});
