import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Connection } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { DataSource } from 'typeorm';
import { TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import { Public } from '../auth/auth.decorators';
import { HealthDto, HealthFailureDto } from './health.responses';

interface DependencyHealth {
  up: boolean;
  latencyMs: number;
  error?: string;
}

/** What the Temporal server says about itself (its cluster info). */
interface TemporalServerInfo {
  serverVersion?: string;
  /** `postgres12` on the cluster profile and in docker-compose.yml, `sqlite` on the dev server. */
  persistenceStore?: string;
  visibilityStore?: string;
  historyShardCount?: number;
  namespace: string;
}

/** The worker processes polling the application's task queue. */
interface WorkersHealth {
  taskQueue: string;
  /** Distinct workers that polled within the last POLL_WINDOW_MS. */
  polling: number;
  identities: string[];
}

/** An idle worker polls again at least every ~70 s (a long poll ends after about a minute). */
const POLL_WINDOW_MS = 90_000;

async function probe<T>(check: () => Promise<T>): Promise<DependencyHealth & { value?: T }> {
  const started = Date.now();
  try {
    const value = await Promise.race([check(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 3 s')), 3_000))]);
    return { up: true, latencyMs: Date.now() - started, value };
  } catch (error) {
    return { up: false, latencyMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

const { TaskQueueType, TaskQueueKind } = proto.api.enums.v1;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Connection) private readonly temporal: Connection,
    @Inject(TEMPORAL_OPTIONS) private readonly options: TemporalClientOptions,
  ) {}

  /**
   * 200 when PostgreSQL and Temporal both answer, 503 naming the one that does not. Says what runs:
   * Temporal's version, persistence store and history shards, and how many workers poll the task queue.
   */
  @Get()
  @ApiOperation({ summary: 'Check that PostgreSQL and Temporal answer' })
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'PostgreSQL and Temporal both answer' })
  @ApiServiceUnavailableResponse({ type: HealthFailureDto, description: 'One of them does not; the body says which' })
  async check(): Promise<HealthDto> {
    const [database, temporal, workers] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.serverInfo()),
      probe(() => this.workers()),
    ]);
    const { value: info, ...temporalHealth } = temporal;
    const { value: pollers, ...workersHealth } = workers;
    const body: HealthDto = {
      status: database.up && temporal.up ? 'ok' : 'degraded',
      database: { up: database.up, latencyMs: database.latencyMs, ...(database.error ? { error: database.error } : {}) },
      temporal: { ...temporalHealth, ...(info ?? { namespace: this.options.namespace }) },
      workers: { ...workersHealth, ...(pollers ?? { taskQueue: this.options.taskQueue, polling: 0, identities: [] }) },
    };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }

  private async serverInfo(): Promise<TemporalServerInfo> {
    const info = await this.temporal.workflowService.getClusterInfo({});
    return {
      serverVersion: info.serverVersion ?? undefined,
      persistenceStore: info.persistenceStore ?? undefined,
      visibilityStore: info.visibilityStore ?? undefined,
      historyShardCount: info.historyShardCount ?? undefined,
      namespace: this.options.namespace,
    };
  }

  private async workers(): Promise<WorkersHealth> {
    const { namespace, taskQueue } = this.options;
    const described = await Promise.all(
      [TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY].map((taskQueueType) =>
        this.temporal.workflowService.describeTaskQueue({ namespace, taskQueue: { name: taskQueue, kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL }, taskQueueType }),
      ),
    );
    const since = Date.now() - POLL_WINDOW_MS;
    const identities = new Set<string>();
    for (const { pollers } of described) {
      for (const poller of pollers ?? []) {
        const at = Number(poller.lastAccessTime?.seconds ?? 0) * 1000;
        if (poller.identity && at >= since) identities.add(poller.identity);
      }
    }
    return { taskQueue, polling: identities.size, identities: [...identities].sort() };
  }
}
