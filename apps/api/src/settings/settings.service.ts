import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import {
  type Budget,
  DEFAULT_DEADLINE_RULES,
  DEFAULT_REVIEW_THRESHOLDS,
  type DeadlineKind,
  type DeadlineRule,
  deadlineRuleProblems,
  describeBudget,
  ENTRY_STATUS_CLOCKS,
  type ReviewThresholds,
  thresholdProblems,
} from '@mou/domain';
import { currentSettings, insertSettingsVersion, type RuleSettings, settingsVersions, type SettingsVersionRecord } from '@mou/persistence';
import { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import type { DeadlineRuleDto } from '../rules/rules.dto';
import { SaveSettingsDto, SettingsDto, SettingsVersionDto } from './settings.dto';

const budgetDto = (b: Budget) => ({ unit: b.unit, amount: b.amount, text: describeBudget(b) });
const ENTRY_KINDS = new Set<DeadlineKind>(Object.values(ENTRY_STATUS_CLOCKS).filter((k): k is NonNullable<typeof k> => k !== null));

/** What a clock runs on: a case, an entry (sourced defaults only) or the programme. */
export const runsOn = (kind: DeadlineKind): 'case' | 'entry' | 'programme' => (ENTRY_KINDS.has(kind) ? 'entry' : kind === 'PROGRAMME_REVIEW' ? 'programme' : 'case');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rules as settings (docs/domain.md §4): versions of the clock rules and review thresholds an
 * administrator edits. New cases take the current version; open cases keep the one they opened on.
 */
@Injectable()
export class SettingsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** Version 1: the sourced defaults with the deployment's DEADLINE_RULES override. */
  private base(): RuleSettings {
    return { rules: { ...DEFAULT_DEADLINE_RULES, ...parseDeadlineRuleOverrides(this.config.DEADLINE_RULES) }, reviewThresholds: { ...DEFAULT_REVIEW_THRESHOLDS } };
  }

  /**
   * A stored version with every clock the domain knows: a clock added after the version was saved
   * (the 12.42(c) petition, the reciprocal US investigation report) runs on its sourced default.
   */
  private complete(version: SettingsVersionRecord): SettingsVersionRecord {
    return { ...version, rules: { ...this.base().rules, ...version.rules } };
  }

  /** The version in force, which new cases take. */
  async current(): Promise<SettingsVersionRecord> {
    return this.complete(await currentSettings(this.dataSource, this.base()));
  }

  async get(): Promise<SettingsDto> {
    const versions = (await settingsVersions(this.dataSource, this.base())).map((v) => this.complete(v));
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
        if (!Array.isArray(change.ladder)) problem(`${field}.ladder`, 'must be a list of { level, offsetDaysFromDue }');
        else
          for (const step of change.ladder as unknown[]) {
            const level = isRecord(step) ? step.level : undefined;
            const target = rule.ladder.find((s) => s.level === level);
            if (!isRecord(step) || !target) problem(`${field}.ladder`, `has no step of level ${String(level)}`);
            else if (typeof step.offsetDaysFromDue !== 'number' || !Number.isInteger(step.offsetDaysFromDue)) problem(`${field}.ladder.${target.level}.offsetDaysFromDue`, 'must be a whole number of days');
            else target.offsetDaysFromDue = step.offsetDaysFromDue;
          }
      }
      for (const message of deadlineRuleProblems(rule)) problem(field, message);
      rules[kind as DeadlineKind] = rule;
    }
    const reviewThresholds: ReviewThresholds = { ...current.reviewThresholds };
    for (const [key, value] of Object.entries(dto.reviewThresholds ?? {})) {
      if (!(key in DEFAULT_REVIEW_THRESHOLDS)) problem(`reviewThresholds.${key}`, 'is not a review threshold');
      else if (typeof value !== 'number') problem(`reviewThresholds.${key}`, 'must be a number');
      else reviewThresholds[key as keyof ReviewThresholds] = value;
    }
    for (const message of thresholdProblems(reviewThresholds)) problem(`reviewThresholds.${message.split(' ')[0]}`, message);
    if (Object.keys(fields).length) throw new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });

    const version = current.version + 1;
    if (!(await insertSettingsVersion(this.dataSource, version, { rules, reviewThresholds }, dto.note.trim(), user.id))) {
      throw new ConflictException({ message: `Settings version ${version} was just made by someone else: reload and try again.`, reason: 'SettingsChanged' });
    }
    await this.audit.record({ actorId: user.id, action: 'settings.save', outcome: 'success', target: `settings@${version}`, details: { from: current.version, to: version, note: dto.note.trim(), rules: dto.rules ?? {}, reviewThresholds: dto.reviewThresholds ?? {} } });
    return this.get();
  }
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
  };
}
