import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { EscalationRepository } from '@mou/persistence';
import { acknowledgeEscalationUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { CasesService } from '../cases/cases.service';
import { EscalationListItemDto } from './escalations.responses';

export class EscalationQueryDto {
  @ApiPropertyOptional({ description: 'Only escalations nobody has acknowledged yet', default: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unacknowledged?: boolean;
}

@Injectable()
export class EscalationsService {
  private readonly escalations: EscalationRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(CasesService) private readonly cases: CasesService,
  ) {
    this.escalations = new EscalationRepository(dataSource);
  }

  /** The rows carry the list item's fields under its names (the repository's SQL aliases). */
  list(query: EscalationQueryDto): Promise<EscalationListItemDto[]> {
    return this.escalations.list(query.unacknowledged ?? true) as Promise<unknown[]> as Promise<EscalationListItemDto[]>;
  }

  async acknowledge(user: AuthUser, id: string, note?: string) {
    const caseId = await this.escalations.caseOf(id);
    if (!caseId) throw new NotFoundException(`Escalation ${id} was not found`);
    // Escalation ids in the workflow are per case (`<deadline key>:L<level>`); the table prefixes the case id.
    return this.cases.act(user, caseId, acknowledgeEscalationUpdate, { escalationId: id.slice(caseId.length + 1), note });
  }
}
