import { Inject, Injectable } from '@nestjs/common';
import { type Budget, CaseStage, DEFAULT_DEADLINE_RULES, type DeadlineRule, describeBudget, PROOF_EXTENSION } from '@mou/domain';
import { ruleDto, runsOn, SettingsService } from '../settings/settings.service';
import { CaseStagesDto, DeadlineRulesDto } from './rules.dto';

const budget = (b: Budget) => ({ unit: b.unit, amount: b.amount, text: describeBudget(b) });

/** The rules the system runs on, read from where they are kept, so pages show them instead of copying them. */
@Injectable()
export class RulesService {
  constructor(@Inject(SettingsService) private readonly settings: SettingsService) {}

  /**
   * The clock rules and escalation ladders in force: the current settings version for the clocks a
   * new case starts (docs/domain.md §4); the entry clocks run on the sourced defaults.
   */
  async deadlines(): Promise<DeadlineRulesDto> {
    const current = await this.settings.current();
    const rules = (Object.values(DEFAULT_DEADLINE_RULES) as DeadlineRule[]).map((defaults) =>
      ruleDto(runsOn(defaults.kind) === 'case' ? (current.rules[defaults.kind] ?? defaults) : defaults),
    );
    return { rules, settingsVersion: current.version, proofExtension: budget(PROOF_EXTENSION) };
  }

  /** The stages of a case, in the order the process runs (docs/domain.md §3). */
  caseStages(): CaseStagesDto {
    return { stages: Object.values(CaseStage) };
  }
}
