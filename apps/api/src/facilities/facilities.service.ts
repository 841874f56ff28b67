import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { facilityWorkflowId } from '@mou/temporal';
import { decideUnblockUpdate, requestUnblockUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { DataSource } from 'typeorm';
import { facilityLegalActions, facilityStatusPeriods, normaliseName, unblockEvidenceRefusal, unblockRequestRefusal, type FacilityStatus } from '@mou/domain';
import { AuditService } from '../common/audit.service';
import type { FacilityNamesDto } from './facility-names.dto';
import { ApprovalRepository, FacilityEntity, FacilityRepository } from '@mou/persistence';
import { CreateFacilityDto, FacilityAggregateDto, FacilityDetailDto, FacilityDto, UnblockRequestDto } from './facilities.dto';
import { FACILITY_STATUSES } from '@mou/persistence';

@Injectable()
export class FacilitiesService {
  private readonly facilities: FacilityRepository;
  private readonly approvals: ApprovalRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {
    this.facilities = new FacilityRepository(dataSource);
    this.approvals = new ApprovalRepository(dataSource);
  }

  /**
   * Asks to unblock a blocked facility: a visit with full access on one of its cases, or a
   * remediation petition. A second supervisor decides through /approvals (four-eyes).
   */
  async requestUnblock(user: AuthUser, id: string, dto: UnblockRequestDto): Promise<FacilityDetailDto> {
    const facility = await this.get(id);
    if (dto.ground === 'VISIT_WITH_FULL_ACCESS') {
      const heldAt = await this.facilities.lastVisitWithFullAccessAt(id, dto.caseId);
      if (!heldAt) {
        throw new BadRequestException({ message: 'Invalid input: caseId', fields: { caseId: ['no case of this facility records a visit with full access'] } });
      }
      // The visit must postdate the block it is to lift (docs/domain.md §6).
      const blocked = facility.status === 'BLOCKED' ? facility.statusHistory.filter((h) => h.to === 'BLOCKED').at(-1) : undefined;
      const refusal = blocked ? unblockEvidenceRefusal(Date.parse(blocked.changedAt), heldAt.getTime()) : null;
      if (refusal !== null) throw new ConflictException({ message: refusal, reason: 'IllegalTransition' });
    }
    try {
      await this.temporal.workflow.getHandle(facilityWorkflowId(id)).executeUpdate(requestUnblockUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, ground: dto.ground, caseId: dto.caseId, petition: dto.petition, reason: dto.reason }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.get(id);
  }

  async decideUnblock(user: AuthUser, facilityId: string, requestId: string, approve: boolean, reason: string, decidedAt?: string): Promise<FacilityDetailDto> {
    try {
      await this.temporal.workflow.getHandle(facilityWorkflowId(facilityId)).executeUpdate(decideUnblockUpdate, {
        args: [{ actor: { id: user.id, role: user.role }, requestId, approve, reason, ...(decidedAt === undefined ? {} : { decidedAt }) }],
      });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.get(facilityId);
  }

  /**
   * Sets the names the facility goes by besides its registered one (docs/domain.md §6): aliases
   * that normalise to nothing or to the same name as another are refused, naming each; the
   * change is audited with the names before and after.
   */
  async setNames(user: AuthUser, id: string, dto: FacilityNamesDto): Promise<FacilityDetailDto> {
    const before = await this.get(id);
    const fields: Record<string, string[]> = {};
    const aliases = dto.aliases.map((a) => a.trim());
    const seen = new Map<string, number>([[normaliseName(before.name), -1]]);
    aliases.forEach((alias, i) => {
      const key = normaliseName(alias);
      if (!key) fields[`aliases.${i}`] = ['an alias needs at least one letter or digit'];
      else if (seen.has(key)) fields[`aliases.${i}`] = [seen.get(key) === -1 ? 'the same as the registered name' : `the same name as aliases.${seen.get(key)}`];
      else seen.set(key, i);
    });
    if (Object.keys(fields).length) throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });
    const after = { aliases, chineseName: dto.chineseName?.trim() || null, pinyin: dto.pinyin?.trim() || null };
    await this.facilities.setNames(id, after);
    await this.audit.record({
      actorId: user.id,
      action: 'facility.names',
      outcome: 'success',
      target: id,
      details: { before: { aliases: before.aliases, chineseName: before.chineseName, pinyin: before.pinyin }, after },
    });
    return this.get(id);
  }

  async create(dto: CreateFacilityDto): Promise<FacilityDto> {
    const saved = await this.facilities.create({ name: dto.name, province: dto.province ?? null, address: dto.address ?? null });
    return toDto(saved);
  }

  async list(): Promise<FacilityDto[]> {
    const rows = await this.facilities.list();
    return rows.map(toDto);
  }

  /**
   * Facilities in aggregate, for policy staff (docs/domain.md §6): each one's status and the dates
   * of every status it has had, and how many are in each status now; no case, person or reason.
   */
  async aggregate(): Promise<FacilityAggregateDto> {
    const rows = await this.facilities.statusPeriods();
    const facilities = rows.map((row) => {
      const periods = facilityStatusPeriods(
        row.createdAt.getTime(),
        row.changes.map((c) => ({ to: c.to as FacilityStatus, at: Date.parse(c.at) })),
      );
      const current = periods[periods.length - 1];
      return {
        id: row.id,
        name: row.name,
        province: row.province,
        status: row.status,
        since: new Date(current.status === row.status ? current.from : row.createdAt.getTime()).toISOString(),
        periods: periods.map((p) => ({ status: p.status, from: new Date(p.from).toISOString(), to: p.to === null ? null : new Date(p.to).toISOString() })),
      };
    });
    const counts = FACILITY_STATUSES.map((status) => {
      const inStatus = facilities.filter((f) => f.status === status);
      const earliest = inStatus.map((f) => f.since).sort()[0];
      return { status, facilities: inStatus.length, earliestSince: earliest ?? null };
    });
    return { asOf: new Date().toISOString(), counts, facilities };
  }

  async get(id: string): Promise<FacilityDetailDto> {
    const row = await this.facilities.find(id);
    if (!row) throw new NotFoundException(`Facility ${id} was not found`);
    const [history, unblockPending] = await Promise.all([this.facilities.statusHistory(id), this.approvals.unblockPending(id)]);
    return {
      ...toDto(row),
      statusHistory: history.map((h) => ({
        from: h.fromStatus,
        to: h.toStatus,
        reason: h.reason,
        caseId: h.caseId,
        changedBy: h.changedBy,
        changedAt: h.changedAt.toISOString(),
        recordedAt: h.recordedAt.toISOString(),
      })),
      legalActions: facilityLegalActions(row.status, unblockPending),
      unblockRefusal: unblockRequestRefusal(row.status, unblockPending),
    };
  }
}

function toDto(row: FacilityEntity): FacilityDto {
  return {
    id: row.id,
    name: row.name,
    province: row.province,
    address: row.address,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    aliases: row.aliases ?? [],
    chineseName: row.chineseName ?? null,
    pinyin: row.pinyin ?? null,
  };
}
