import { BadRequestException, ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import {
  type Budget,
  CASE_STEP_AUDIENCES,
  DEFAULT_DEADLINE_RULES,
  DEFAULT_REVIEW_SCHEDULE,
  DEFAULT_REVIEW_THRESHOLDS,
  type DeadlineKind,
  type DeadlineRule,
  deadlineRuleProblems,
  describeBudget,
  ENTRY_STATUS_CLOCKS,
  type EscalationStep,
  ladderStepProblems,
  type ReviewSchedule,
  reviewScheduleProblems,
  type ReviewThresholds,
  thresholdProblems,
  withEscalationReminderHours,
} from '@mou/domain';
import { currentSettings, insertSettingsVersion, openCasesBeforeSettings, type RuleSettings, settingsVersions, type SettingsVersionRecord } from '@mou/persistence';
import { caseWorkflowId } from '@mou/temporal';
import { applySettingsUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import type { DeadlineRuleDto } from '../rules/rules.dto';
import { ApplySettingsDto, OpenCasesToApplyDto, SaveSettingsDto, SettingsAppliedDto, SettingsDto, SettingsVersionDto } from './settings.dto';

const budgetDto = (b: Budget) => ({ unit: b.unit, amount: b.amount, text: describeBudget(b) });
const ENTRY_KINDS = new Set<DeadlineKind>(Object.values(ENTRY_STATUS_CLOCKS).filter((k): k is NonNullable<typeof k> => k !== null));

/** What a clock runs on: a case, an entry (sourced defaults only) or the programme. */
export const runsOn = (kind: DeadlineKind): 'case' | 'entry' | 'programme' => (ENTRY_KINDS.has(kind) ? 'entry' : kind === 'PROGRAMME_REVIEW' ? 'programme' : 'case');

/** How many open cases take a version at the same time. */
const APPLY_CONCURRENCY = 4;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rules as settings (docs/domain.md §4): versions of the clock rules and review thresholds an
 * administrator edits. New cases take the current version; open cases keep the one they opened on.
 */
@Injectable()
export class SettingsService {
  private readonly logger = new Logger('Settings');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Client) private readonly temporal: Client,
  ) {}

  /**
   * Version 1: the sourced defaults with the deployment's DEADLINE_RULES override, the steps that
   * remind doing so every ESCALATION_REMINDER_HOURS. Later versions carry their own values.
   */
  private base(): RuleSettings {
    return {
      rules: withEscalationReminderHours({ ...DEFAULT_DEADLINE_RULES, ...parseDeadlineRuleOverrides(this.config.DEADLINE_RULES) }, this.config.ESCALATION_REMINDER_HOURS),
      reviewThresholds: { ...DEFAULT_REVIEW_THRESHOLDS },
      reviewSchedule: { ...DEFAULT_REVIEW_SCHEDULE, interimSummaryMonths: [...DEFAULT_REVIEW_SCHEDULE.interimSummaryMonths] },
    };
  }

  /** The version in force, which new cases take. */
  current(): Promise<SettingsVersionRecord> {
    return currentSettings(this.dataSource, this.base());
  }

  async get(): Promise<SettingsDto> {
    const versions = await settingsVersions(this.dataSource, this.base());
    const dtos = versions.map(toDto);
    return { current: dtos[0], versions: dtos };
  }

  /** A new version over the current one; refused with every problem under its field, storing nothing. */
  async save(user: AuthUser, dto: SaveSettingsDto): Promise<SettingsDto> {
    const current = await this.current();
    const fields: Record<string, string[]> = {};
    const problem = (field: string, message: string) => (fields[field] ??= []).push(message);
    const rules = { ...current.rules };
    for (const [kind, change] of Object.entries(dto.rules ?? {})) {
      const field = `rules.${kind}`;
      const before = current.rules[kind as DeadlineKind];
      if (!before || runsOn(kind as DeadlineKind) !== 'case') {
        problem(field, `${kind} is not a case clock (${Object.keys(rules).filter((k) => runsOn(k as DeadlineKind) === 'case').join(', ')}).`);
        continue;
      }
      if (!isRecord(change)) {
        problem(field, 'must be an object with budget and/or ladder');
        continue;
      }
      const rule: DeadlineRule = { ...before, budget: { ...before.budget }, ladder: before.ladder.map((s) => ({ ...s })) };
      if (change.budget !== undefined) {
        if (!isRecord(change.budget) || typeof change.budget.amount !== 'number') problem(`${field}.budget.amount`, 'must be a number');
        else rule.budget = { ...rule.budget, amount: change.budget.amount };
      }
      if (change.ladder !== undefined) {
        if (!Array.isArray(change.ladder)) problem(`${field}.ladder`, 'must be a list of { level, offsetDaysFromDue?, notify?, remindEveryHours? }');
        else for (const step of change.ladder as unknown[]) changeStep(rule, step, `${field}.ladder`, problem);
      }
      for (const message of deadlineRuleProblems(rule)) problem(field, message);
      for (const p of ladderStepProblems(rule, CASE_STEP_AUDIENCES)) problem(`${field}.ladder.${p.level}.${p.field}`, p.message);
      rules[kind as DeadlineKind] = rule;
    }
    const reviewThresholds: ReviewThresholds = { ...current.reviewThresholds };
    for (const [key, value] of Object.entries(dto.reviewThresholds ?? {})) {
      if (!(key in DEFAULT_REVIEW_THRESHOLDS)) problem(`reviewThresholds.${key}`, 'is not a review threshold');
      else if (typeof value !== 'number') problem(`reviewThresholds.${key}`, 'must be a number');
      else reviewThresholds[key as keyof ReviewThresholds] = value;
    }
    for (const message of thresholdProblems(reviewThresholds)) problem(`reviewThresholds.${message.split(' ')[0]}`, message);
    const reviewSchedule: ReviewSchedule = { ...current.reviewSchedule, interimSummaryMonths: [...current.reviewSchedule.interimSummaryMonths] };
    for (const [key, value] of Object.entries(dto.reviewSchedule ?? {})) {
      if (!(key in DEFAULT_REVIEW_SCHEDULE)) problem(`reviewSchedule.${key}`, 'is not part of the review schedule (interimSummaryMonths, signOffReminderDays)');
      else (reviewSchedule as unknown as Record<string, unknown>)[key] = value;
    }
    for (const p of reviewScheduleProblems(reviewSchedule)) problem(`reviewSchedule.${p.field}`, p.message);
    if (Object.keys(fields).length) throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });

    const version = current.version + 1;
    if (!(await insertSettingsVersion(this.dataSource, version, { rules, reviewThresholds, reviewSchedule }, dto.note.trim(), user.id))) {
      throw new ConflictException({ message: `Settings version ${version} was just made by someone else: reload and try again.`, reason: 'SettingsChanged' });
    }
    await this.audit.record({ actorId: user.id, action: 'settings.save', outcome: 'success', target: `settings@${version}`, details: { from: current.version, to: version, note: dto.note.trim(), rules: dto.rules ?? {}, reviewThresholds: dto.reviewThresholds ?? {}, reviewSchedule: dto.reviewSchedule ?? {} } });
    return this.get();
  }

  /** The open cases applying the version in force would move, by the version they run on: what the administrator confirms. */
  async openCasesToApply(): Promise<OpenCasesToApplyDto> {
    const { version } = await this.current();
    const cases = await openCasesBeforeSettings(this.dataSource, version);
    const byVersion = new Map<number | null, number>();
    for (const c of cases) byVersion.set(c.version, (byVersion.get(c.version) ?? 0) + 1);
    return {
      version,
      openCases: cases.length,
      byVersion: [...byVersion].sort(([a], [b]) => (a ?? 0) - (b ?? 0)).map(([v, n]) => ({ version: v, cases: n })),
    };
  }

  /**
   * Applies the version in force to every open case on an older one (docs/domain.md §4): each case's
   * workflow re-projects its clocks on the version's rules, records the move and re-arms its timer.
   * `dto.version` is the version the administrator confirmed: 409 when another was saved since.
   * Exactly once: a case already on the version changes nothing, a case closed meanwhile is skipped.
   */
  async applyToOpenCases(user: AuthUser, dto: ApplySettingsDto): Promise<SettingsAppliedDto> {
    const current = await this.current();
    if (dto.version !== current.version) {
      throw new ConflictException({
        message: `Version ${dto.version} is not the version in force; version ${current.version} is. Reload the settings and confirm again.`,
        reason: 'SettingsChanged',
      });
    }
    const caseRules = Object.fromEntries(Object.entries(current.rules).filter(([kind]) => runsOn(kind as DeadlineKind) === 'case'));
    const pending = await openCasesBeforeSettings(this.dataSource, current.version);
    const applied: SettingsAppliedDto['applied'] = [];
    const skipped: SettingsAppliedDto['skipped'] = [];
    const applyOne = async (c: { id: string; version: number | null }) => {
      try {
        const state = await this.temporal.workflow
          .getHandle(caseWorkflowId(c.id))
          .executeUpdate(applySettingsUpdate, { args: [{ version: current.version, rules: caseRules, actor: { id: user.id, role: user.role } }] });
        // Another administrator's action may have moved it first: then this one changed nothing.
        if (state.rulesVersion === current.version) applied.push({ id: c.id, from: c.version });
      } catch (error) {
        const reason = error instanceof WorkflowUpdateFailedError ? (error.cause?.message ?? error.message) : (error as Error).message;
        if (!(error instanceof WorkflowUpdateFailedError)) this.logger.warn(`Case ${c.id} did not take settings version ${current.version}: ${reason}`);
        skipped.push({ id: c.id, reason });
      }
    };
    for (let i = 0; i < pending.length; i += APPLY_CONCURRENCY) await Promise.all(pending.slice(i, i + APPLY_CONCURRENCY).map(applyOne));
    await this.audit.record({
      actorId: user.id,
      action: 'settings.apply',
      outcome: 'success',
      target: `settings@${current.version}`,
      details: { version: current.version, applied: applied.map((c) => ({ caseId: c.id, from: c.from })), skipped },
    });
    return { version: current.version, applied, skipped };
  }
}

/**
 * One step of a ladder as the administrator changes it: its offset, who it tells, how often it
 * reminds (null: never). Shapes are checked here; what the values mean, by the domain after.
 */
function changeStep(rule: DeadlineRule, step: unknown, field: string, problem: (field: string, message: string) => void): void {
  const level = isRecord(step) ? step.level : undefined;
  const target = rule.ladder.find((s) => s.level === level) as EscalationStep | undefined;
  if (!isRecord(step) || !target) return problem(field, `has no step of level ${String(level)}`);
  if (step.offsetDaysFromDue !== undefined) {
    if (typeof step.offsetDaysFromDue !== 'number' || !Number.isInteger(step.offsetDaysFromDue)) problem(`${field}.${target.level}.offsetDaysFromDue`, 'must be a whole number of days');
    else target.offsetDaysFromDue = step.offsetDaysFromDue;
  }
  if (step.notify !== undefined) {
    if (!Array.isArray(step.notify) || step.notify.some((who) => typeof who !== 'string')) problem(`${field}.${target.level}.notify`, 'must be a list of who is told');
    else target.notify = step.notify as EscalationStep['notify'];
  }
  if (step.remindEveryHours === null) delete target.remindEveryHours;
  else if (step.remindEveryHours !== undefined) target.remindEveryHours = step.remindEveryHours as number;
}

/** A clock rule as pages show it. */
export function ruleDto(rule: DeadlineRule): DeadlineRuleDto {
  return {
    kind: rule.kind,
    title: rule.title,
    owedBy: rule.owedBy,
    budget: budgetDto(rule.budget),
    legalBasis: rule.legalBasis,
    runsOn: runsOn(rule.kind),
    ladder: rule.ladder.map((step) => ({ ...step, notify: [...step.notify] })),
  };
}

function toDto(v: SettingsVersionRecord): SettingsVersionDto {
  return {
    version: v.version,
    note: v.note,
    createdBy: v.createdBy,
    createdAt: v.createdAt ? new Date(v.createdAt).toISOString() : null,
    rules: (Object.values(v.rules) as DeadlineRule[]).map(ruleDto),
    reviewThresholds: { ...v.reviewThresholds },
    reviewSchedule: { interimSummaryMonths: [...v.reviewSchedule.interimSummaryMonths], signOffReminderDays: v.reviewSchedule.signOffReminderDays },
  };
}
