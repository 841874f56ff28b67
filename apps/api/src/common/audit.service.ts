import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { appendAuditChain, AuditEventEntity } from '@mou/persistence';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  target?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Writes security events (sign-ins, refusals, administration) to audit_events. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(event: AuditRecord): Promise<void> {
    try {
      await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(AuditEventEntity);
        // insert() types jsonb columns as deep-partial entities; the row is complete, so cast.
        const inserted = await repo.insert(
          repo.create({
            actorId: event.actorId,
            action: event.action,
            outcome: event.outcome,
            target: event.target ?? null,
            ip: event.ip ?? null,
            details: event.details ?? {},
          }) as QueryDeepPartialEntity<AuditEventEntity>,
        );
        await appendAuditChain(em, String(inserted.identifiers[0].id));
      });
    } catch (error) {
      // An audit write must never turn a refusal into a 500; it is logged instead.
      this.logger.error(`Could not write audit event ${event.action}: ${String(error)}`);
    }
  }
}
