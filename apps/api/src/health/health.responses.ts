import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntProperty } from '../common/api-properties';

export class DependencyHealthDto {
  @ApiProperty() up: boolean;
  @IntProperty({ description: 'How long the probe took (at most about 3 s)' }) latencyMs: number;
  @ApiPropertyOptional({ description: 'Why the probe failed' }) error?: string;
}

/** Temporal's answer, and what the server says about itself (its cluster info) when it answers. */
export class TemporalHealthDto extends DependencyHealthDto {
  @ApiPropertyOptional({ example: '1.30.4' }) serverVersion?: string;
  @ApiPropertyOptional({ description: '`postgres12` on the cluster profile and in docker-compose.yml, `sqlite` on the dev server' }) persistenceStore?: string;
  @ApiPropertyOptional() visibilityStore?: string;
  @IntProperty({ required: false, description: 'History shards the server was created with' }) historyShardCount?: number;
  @ApiProperty({ example: 'default' }) namespace: string;
}

/** The worker processes polling the application's task queue. */
export class WorkersHealthDto extends DependencyHealthDto {
  @ApiProperty() taskQueue: string;
  @IntProperty({ description: 'Distinct workers that polled the task queue within the last 90 s' }) polling: number;
  @ApiProperty({ type: [String], description: "The polling workers' identities (process id and host)" }) identities: string[];
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ type: DependencyHealthDto }) database: DependencyHealthDto;
  @ApiProperty({ type: TemporalHealthDto }) temporal: TemporalHealthDto;
  @ApiProperty({ type: WorkersHealthDto, description: 'Reported, not required: health stays ok with no worker polling' }) workers: WorkersHealthDto;
}

/** 503: the same report, in the error envelope, naming the dependency that does not answer. */
export class HealthFailureDto extends HealthDto {
  @IntProperty({ example: 503 }) statusCode: number;
  @ApiProperty({ example: 'Service Unavailable' }) error: string;
}
