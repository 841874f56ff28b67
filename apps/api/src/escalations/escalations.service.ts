import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { acknowledgeEscalationUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { CasesService } from '../cases/cases.service';

export class EscalationQueryDto {
  @ApiPropertyOptional({ description: 'Only escalations nobody has acknowledged yet', default: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unacknowledged?: boolean;
}

@Injectable()
export class EscalationsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CasesService) private readonly cases: CasesService,
  ) {}

  list(query: EscalationQueryDto) {
    const onlyOpen = query.unacknowledged ?? true;
    return this.dataSource.query(
      `SELECT e.id, e.case_id AS "caseId", c.reference AS "caseReference", f.name AS "facilityName", e.level, e.type, e.description,
              e.occurred_at AS "occurredAt", e.acknowledged_by AS "acknowledgedBy", e.acknowledged_at AS "acknowledgedAt",
              d.key AS "deadlineKey", d.legal_basis AS "legalBasis", c.assignee_id AS "assigneeId"
         FROM escalations e JOIN cases c ON c.id = e.case_id JOIN facilities f ON f.id = c.facility_id
         JOIN deadlines d ON d.id = e.deadline_id
        ${onlyOpen ? 'WHERE e.acknowledged_at IS NULL' : ''}
        ORDER BY e.level DESC, e.occurred_at`,
    );
  }

  async acknowledge(user: AuthUser, id: string, note?: string) {
    const [row] = (await this.dataSource.query('SELECT case_id AS "caseId" FROM escalations WHERE id = $1', [id])) as { caseId: string }[];
    if (!row) throw new NotFoundException(`Escalation ${id} was not found`);
    // Escalation ids in the workflow are per case (`<deadline key>:L<level>`); the table prefixes the case id.
    return this.cases.act(user, row.caseId, acknowledgeEscalationUpdate, { escalationId: id.slice(row.caseId.length + 1), note });
  }
}
