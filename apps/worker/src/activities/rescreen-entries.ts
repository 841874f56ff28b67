import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { entryWorkflowId } from '@mou/temporal';
import { rescreenEntrySignal, type RescreenCause } from '@mou/workflows';

/** Entry statuses in which a facility's new status or a new order still matters (docs/domain.md §6). */
export const OPEN_ENTRY_STATUSES = ['PENDING_SCREENING', 'DETAINED'];

/**
 * Tells every open entry of the facility to screen itself again for `cause`; an entry whose
 * workflow has ended is skipped. Returns how many were told.
 */
export async function rescreenOpenEntries(dataSource: DataSource, temporal: Client, facilityId: string, cause: RescreenCause): Promise<number> {
  const entries = (await dataSource.query('SELECT id FROM entries WHERE manufacturer_facility_id = $1 AND status = ANY($2) ORDER BY created_at', [
    facilityId,
    OPEN_ENTRY_STATUSES,
  ])) as { id: string }[];
  let told = 0;
  for (const entry of entries) {
    try {
      await temporal.workflow.getHandle(entryWorkflowId(entry.id)).signal(rescreenEntrySignal, cause);
      told++;
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
  return told;
}
