import { Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import { DEFAULT_DEADLINE_RULES, withEscalationReminderHours } from '@mou/domain';
import { CaseExternalReferenceEntity, CaseRepository, FacilityRepository, UserEntity } from '@mou/persistence';
import { caseWorkflowId, CaseStageKey, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import {
  beginEnforcementReviewUpdate,
  caseOpenedUpdate,
  closeCaseUpdate,
  InspectionCaseInput,
  issueUsReportUpdate,
  recordAccessDeniedUpdate,
  recordPrcReportUpdate,
  recordVisitUpdate,
  requestInvestigationUpdate,
  requestVisitUpdate,
  scheduleVisitUpdate,
  withdrawCaseUpdate,
} from '@mou/workflows';
import type { AuthUser } from '../auth/auth.decorators';
import { CasesService } from '../cases/cases.service';
import { fieldErrors } from '../common/validation';
import { ImportCaseDto, ImportFactDto, ImportFactType, ImportReportDto, ImportRequestDto } from './import.dto';
import { planImportedCase } from './import-plan';

const UPDATES: Record<ImportFactType, UpdateDefinition<unknown, [never]>> = {
  REQUEST_INVESTIGATION: requestInvestigationUpdate,
  REQUEST_VISIT: requestVisitUpdate,
  RECORD_PRC_REPORT: recordPrcReportUpdate,
  SCHEDULE_VISIT: scheduleVisitUpdate,
  RECORD_VISIT: recordVisitUpdate,
  ISSUE_US_REPORT: issueUsReportUpdate,
  RECORD_ACCESS_DENIED: recordAccessDeniedUpdate,
  BEGIN_ENFORCEMENT_REVIEW: beginEnforcementReviewUpdate,
  CLOSE: closeCaseUpdate,
  WITHDRAW: withdrawCaseUpdate,
} as Record<ImportFactType, UpdateDefinition<unknown, [never]>>;

/** The Update's arguments for one fact, dated at the instant it carries. */
function updateArgs(fact: ImportFactDto): Record<string, unknown> {
  return {
    at: fact.at,
    note: fact.note,
    ...(fact.scheduledFor !== undefined && { scheduledFor: fact.scheduledFor }),
    ...(fact.fullAccess !== undefined && { fullAccess: fact.fullAccess }),
    ...(fact.outcome !== undefined && { outcome: fact.outcome }),
  };
}

/**
 * Loads historical cases with their dated facts through the same paths as users: the case opens
 * by its workflow, each fact is the workflow's Update for that move, so every event is chained as
 * usual. Each case is checked whole before its workflow starts; its external reference is claimed
 * once, so a second import of the same record opens nothing.
 */
@Injectable()
export class ImportsService {
  private readonly cases: CaseRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(CasesService) private readonly caseCommands: CasesService,
  ) {
    this.cases = new CaseRepository(dataSource);
  }

  async run(user: AuthUser, body: ImportRequestDto): Promise<ImportReportDto> {
    const report: ImportReportDto = { created: [], existing: [], refused: [], failed: [] };
    for (const [index, raw] of body.cases.entries()) {
      await this.importOne(user, index, raw, report);
    }
    return report;
  }

  private async importOne(user: AuthUser, index: number, raw: Record<string, unknown>, report: ImportReportDto): Promise<void> {
    const input = plainToInstance(ImportCaseDto, raw);
    const externalReference = typeof raw.externalReference === 'string' ? raw.externalReference : null;
    const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      const fields = fieldErrors(errors);
      report.refused.push({ index, externalReference, reasons: Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join('; ')}`) });
      return;
    }
    const known = await this.dataSource.getRepository(CaseExternalReferenceEntity).findOneBy({ externalReference: input.externalReference });
    if (known) {
      report.existing.push({ externalReference: known.externalReference, caseId: known.caseId });
      return;
    }

    const plan = planImportedCase(input, Date.now());
    const reasons = plan.ok ? [] : [...plan.reasons];
    const investigator = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.investigator.toLowerCase(), active: true });
    if (!investigator || !['investigator', 'supervisor'].includes(investigator.role)) reasons.push(`investigator: ${input.investigator} is not an active investigator or supervisor`);
    const unknown = await this.cases.unknownCategories(input.allegation.productCategories);
    if (unknown.length) reasons.push(`allegation.productCategories: unknown product categories: ${unknown.join(', ')}`);
    if (!plan.ok || reasons.length || !investigator) {
      report.refused.push({ index, externalReference, reasons });
      return;
    }

    // Claim the reference first: of two imports racing on it, one opens the case.
    const caseId = randomUUID();
    const claimed = await this.dataSource.query(
      `INSERT INTO case_external_references (external_reference, case_id, imported_by) VALUES ($1, $2, $3) ON CONFLICT (external_reference) DO NOTHING RETURNING case_id`,
      [input.externalReference, caseId, user.id],
    );
    if (!claimed.length) {
      const [row] = await this.dataSource.query(`SELECT case_id FROM case_external_references WHERE external_reference = $1`, [input.externalReference]);
      report.existing.push({ externalReference: input.externalReference, caseId: row.case_id });
      return;
    }

    const actor: AuthUser = { id: investigator.id, email: investigator.email, role: investigator.role, organisationId: null };
    let recorded = 0;
    try {
      await this.openCase(caseId, input, await this.facilityId(input), investigator.id);
      for (const fact of plan.facts) {
        await this.caseCommands.act(actor, caseId, UPDATES[fact.type], updateArgs(fact) as never);
        recorded++;
      }
      const detail = await this.caseCommands.detail(actor, caseId);
      report.created.push({ externalReference: input.externalReference, caseId, reference: detail.reference, stage: detail.stage, facts: recorded });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ externalReference: input.externalReference, caseId, factsRecorded: recorded, reason });
    }
  }

  /** The facility of that name (case and spacing aside), or a new one. */
  private async facilityId(input: ImportCaseDto): Promise<string> {
    const [found] = await this.dataSource.query(`SELECT id FROM facilities WHERE lower(btrim(name)) = lower(btrim($1)) ORDER BY created_at LIMIT 1`, [input.facility.name]);
    if (found) return found.id;
    const saved = await new FacilityRepository(this.dataSource).create({ name: input.facility.name.trim(), province: input.facility.province ?? null, address: null });
    return saved.id;
  }

  private async openCase(caseId: string, input: ImportCaseDto, facilityId: string, assigneeId: string): Promise<void> {
    const workflowInput: InspectionCaseInput = {
      caseId,
      facilityId,
      allegation: { summary: input.allegation.summary, source: input.allegation.source, productCategories: input.allegation.productCategories },
      openedBy: assigneeId,
      assigneeId,
      openedAt: new Date(input.openedAt).toISOString(),
      rules: withEscalationReminderHours({ ...DEFAULT_DEADLINE_RULES, ...parseDeadlineRuleOverrides(this.config.DEADLINE_RULES) }, this.config.ESCALATION_REMINDER_HOURS),
    };
    await this.temporal.workflow.executeUpdateWithStart(caseOpenedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation('inspectionCase', {
        workflowId: caseWorkflowId(caseId),
        taskQueue: this.temporalOptions.taskQueue,
        args: [workflowInput],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [{ key: CaseStageKey, value: 'OPEN' }],
      }),
    });
  }
}
