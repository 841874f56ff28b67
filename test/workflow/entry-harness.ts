import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { AppendEntryEventInput, EntryActivities, ImportEntryInput, ScreeningFacts } from '@mou/workflows';
import { workflowBundle } from './harness';

/** The entry activities' port in memory: screening facts as the test sets them, events kept in order. */
export class RecordedEntryEvents implements EntryActivities {
  readonly events: AppendEntryEventInput[] = [];
  facts: ScreeningFacts = { manufacturerStatus: 'NONE', category: { code: 'GARMENTS', highRisk: true } };

  loadScreeningFacts = async (): Promise<ScreeningFacts> => this.facts;

  appendEntryEvent = async (input: AppendEntryEventInput) => {
    if (!this.events.some((e) => e.entryId === input.entryId && e.sequence === input.sequence)) this.events.push(input);
    return { sequence: input.sequence, hash: `h${input.sequence}`, reference: 'ENT-TEST-000001' };
  };

  of(entryId: string): AppendEntryEventInput[] {
    return this.events.filter((e) => e.entryId === entryId);
  }
}

export async function entryWorker(env: TestWorkflowEnvironment, taskQueue: string, activities: EntryActivities): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: { loadScreeningFacts: activities.loadScreeningFacts, appendEntryEvent: activities.appendEntryEvent },
  });
}

export function entryInput(entryId: string, importedAt: number, complete = true): ImportEntryInput {
  const day = new Date(importedAt).toISOString().slice(0, 10);
  return {
    entryId,
    importerId: '00000000-0000-4000-8000-0000000000c1',
    manufacturer: { facilityId: '00000000-0000-4000-8000-0000000000f1', name: 'Shandong Garment Works' },
    productCategory: 'GARMENTS',
    htsCode: '6203.42',
    quantity: 1000,
    valueUsd: 25000,
    importedAt: new Date(importedAt).toISOString(),
    presentedAt: new Date(importedAt).toISOString(),
    certification: {
      supplierCertificateOfOrigin: complete ? { issuer: 'Supplier Ltd', number: 'CO-1', issuedOn: day } : null,
      dueDiligenceStatement: { manufacturerName: 'Shandong Garment Works', statement: 'Audited on site', signedBy: 'A. Importer', signedOn: day },
    },
  };
}

/**
 * An entry whose declared manufacturer only nearly matches a registered facility's name: held for
 * a supervisor's decision within its 5-business-day decision window.
 */
export function nearMatchInput(entryId: string, importedAt: number): ImportEntryInput {
  const input = entryInput(entryId, importedAt);
  input.manufacturer = {
    facilityId: null,
    name: 'Shandong Garmant Work',
    match: { facilityId: '00000000-0000-4000-8000-0000000000f1', facilityName: 'Shandong Garment Works', matchedName: 'Shandong Garment Works', field: 'NAME', how: 'NEAR', edits: 2 },
  };
  return input;
}
