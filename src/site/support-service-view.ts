import type { Process } from '../model/process.ts';
import type { SupportService } from '../model/support-service.ts';
import { processRow, type ProcessRow } from '../text/process-row.ts';

/** A process as a row of S1's support service table (ch 3.2): its name and bracket, and its owner's post. */
export interface ServiceProcessRow extends ProcessRow {
  id: string;
  owner?: string | undefined;
}

/** One support service with its processes, in the table's order. */
export interface SupportServiceRow {
  id: string;
  goal: string[];
  /** The service's lead, who the table names when the service has no process. */
  lead?: string | undefined;
  processes: ServiceProcessRow[];
}

type ProcessFields = Pick<Process, 'name' | 'code' | 'status' | 'owner' | 'supportService' | 'partOf'>;

/**
 * The rows of S1's support service table: each service with the processes that name it (in
 * their order), each process written as S1 writes it, with the code of the process it is part
 * of. The processes are indexed once, by service and by id.
 */
export function supportServiceRows(
  services: readonly { id: string; data: Pick<SupportService, 'goal' | 'lead'> }[],
  processes: readonly { id: string; data: ProcessFields }[],
): SupportServiceRow[] {
  const codes = new Map(processes.map((entry) => [entry.id, entry.data.code]));
  const byService = Map.groupBy(processes, (entry) => entry.data.supportService);
  const rowOf = ({ id, data }: { id: string; data: ProcessFields }): ServiceProcessRow => ({
    id,
    ...processRow(data, id, data.partOf ? codes.get(data.partOf) : undefined),
    owner: data.owner,
  });
  return services.map((service) => ({
    id: service.id,
    goal: service.data.goal,
    lead: service.data.lead,
    processes: (byService.get(service.id) ?? []).map(rowOf),
  }));
}
