import { ApiProperty } from '@nestjs/swagger';
import { CaseStage } from '@mou/domain';
import { IntProperty } from '../common/api-properties';

export class BudgetDto {
  @ApiProperty({ enum: ['calendar_days', 'business_days', 'months'] }) unit: string;
  @IntProperty() amount: number;
  @ApiProperty({ example: '60 calendar days', description: 'The budget as a sentence reads it' }) text: string;
}

export class EscalationStepDto {
  @IntProperty() level: number;
  @ApiProperty({ example: 'REMINDER' }) type: string;
  @IntProperty({ description: 'Calendar days from the due instant; negative before it' }) offsetDaysFromDue: number;
  @ApiProperty() requiresApproval: boolean;
  @ApiProperty({ enum: ['assignee', 'supervisors', 'importer'], isArray: true }) notify: string[];
  @ApiProperty() description: string;
  @ApiProperty({ type: 'number', required: false, description: 'While nobody acknowledges the step, supervisors are reminded every this many hours; absent: once' })
  remindEveryHours?: number;
}

export class DeadlineRuleDto {
  @ApiProperty({ example: 'PRC_VISIT' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['PRC', 'US', 'IMPORTER', 'CBP'] }) owedBy: string;
  @ApiProperty({ type: BudgetDto }) budget: BudgetDto;
  @ApiProperty() legalBasis: string;
  @ApiProperty({ enum: ['case', 'entry', 'programme'], description: 'What the clock runs on' }) runsOn: string;
  @ApiProperty({ type: [EscalationStepDto], description: 'The escalation ladder in force' }) ladder: EscalationStepDto[];
}

export class DeadlineRulesDto {
  @ApiProperty({ type: [DeadlineRuleDto], description: 'The clock rules in force: the current settings version for the clocks of new cases, the sourced defaults for the others' })
  rules: DeadlineRuleDto[];
  @IntProperty({ description: 'The settings version the case clocks come from (GET /settings)' }) settingsVersion: number;
  @ApiProperty({ type: BudgetDto, description: 'The once-only extension of the proof period a supervisor may grant (19 CFR 12.43)' })
  proofExtension: BudgetDto;
}

export class CaseStagesDto {
  @ApiProperty({ enum: Object.values(CaseStage), isArray: true, description: 'The stages of a case, in the order the process runs (docs/domain.md §3)' })
  stages: string[];
}
