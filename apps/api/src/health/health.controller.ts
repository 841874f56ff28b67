import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { HealthDto, HealthFailureDto } from './health.responses';

async function probe(check: () => Promise<unknown>): Promise<HealthDto['database']> {
  const started = Date.now();
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 3 s')), 3_000))]);
    return { up: true, latencyMs: Date.now() - started };
  } catch (error) {
    return { up: false, latencyMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Connection) private readonly temporal: Connection,
  ) {}

  /** 200 when PostgreSQL and Temporal both answer, 503 naming the one that does not. */
  @Get()
  @ApiOperation({ summary: 'Check that PostgreSQL and Temporal answer' })
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'PostgreSQL and Temporal both answer' })
  @ApiServiceUnavailableResponse({ type: HealthFailureDto, description: 'One of them does not; the body says which' })
  async check(): Promise<HealthDto> {
    const [database, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporal.workflowService.getSystemInfo({})),
    ]);
    const body: HealthDto = { status: database.up && temporal.up ? 'ok' : 'degraded', database, temporal };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}
