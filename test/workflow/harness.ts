import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { resolve } from 'node:path';
import type { temporal as proto } from '@temporalio/proto';
import { workflowBundleOptions } from '@mou/temporal';
import type { AppendCaseEventInput, AppendedCaseEvent, CaseActivities, FacilityNotice } from '@mou/workflows';
import { temporalTestServerPath } from '../../tools/stack/temporal-binaries';

let runtimeInstalled = false;
let bundle: WorkflowBundleWithSourceMap | undefined;

export const DAY = 86_400_000;

/** The time-skipping test server from .tools/ (or TEMPORAL_TEST_SERVER_PATH). */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  // This server knows no custom search attributes; cases started here mirror none.
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: temporalTestServerPath() } },
  });
}

export async function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= await bundleWorkflowCode({ ...workflowBundleOptions(resolve(__dirname, '../..')), logger: new DefaultLogger('WARN') });
  return bundle;
}

/**
 * The case activities' port, stubbed in memory: it keeps the appended events (idempotent on
 * sequence, as the real one is) so a test can read what the workflow recorded and when.
 */
export class RecordedCaseEvents implements CaseActivities {
  readonly events: AppendCaseEventInput[] = [];

  readonly facilityNotices: FacilityNotice[] = [];

  notifyFacility = async (notice: FacilityNotice): Promise<void> => {
    this.facilityNotices.push(notice);
  };

  appendCaseEvent = async (input: AppendCaseEventInput): Promise<AppendedCaseEvent> => {
    if (!this.events.some((e) => e.caseId === input.caseId && e.sequence === input.sequence)) this.events.push(input);
    return { sequence: input.sequence, hash: `h${input.sequence}`, reference: 'MOU-TEST-000001' };
  };

  of(caseId: string): AppendCaseEventInput[] {
    return this.events.filter((e) => e.caseId === caseId);
  }
}

export async function caseWorker(env: TestWorkflowEnvironment, taskQueue: string, activities: CaseActivities): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: { appendCaseEvent: activities.appendCaseEvent, notifyFacility: activities.notifyFacility },
  });
}

/**
 * With RECORD_HISTORIES=1, keeps the workflow's history as a replay fixture
 * (test/workflow/histories/<name>.history.bin, the protobuf History), so later changes that
 * break determinism fail the build.
 */
export async function recordHistory(handle: { fetchHistory(): Promise<unknown> }, name: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const dir = resolve(__dirname, 'histories');
  mkdirSync(dir, { recursive: true });
  const { temporal } = await import('@temporalio/proto');
  const history = (await handle.fetchHistory()) as proto.api.history.v1.IHistory;
  writeFileSync(resolve(dir, `${name}.history.bin`), temporal.api.history.v1.History.encode(history).finish());
}
