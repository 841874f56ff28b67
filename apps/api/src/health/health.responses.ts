import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntProperty } from '../common/api-properties';

export class DependencyHealthDto {
  @ApiProperty() up: boolean;
  @IntProperty({ description: 'How long the probe took (at most about 3 s)' }) latencyMs: number;
  @ApiPropertyOptional({ description: 'Why the probe failed' }) error?: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ type: DependencyHealthDto }) database: DependencyHealthDto;
  @ApiProperty({ type: DependencyHealthDto }) temporal: DependencyHealthDto;
}

/** 503: the same report, in the error envelope, naming the dependency that does not answer. */
export class HealthFailureDto extends HealthDto {
  @IntProperty({ example: 503 }) statusCode: number;
  @ApiProperty({ example: 'Service Unavailable' }) error: string;
}
