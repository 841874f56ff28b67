import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import { type Budget, CaseStage, DEFAULT_DEADLINE_RULES, type DeadlineKind, type DeadlineRule, describeBudget, ENTRY_STATUS_CLOCKS, PROOF_EXTENSION } from '@mou/domain';
import { CaseStagesDto, DeadlineRulesDto } from './rules.dto';

const budget = (b: Budget) => ({ unit: b.unit, amount: b.amount, text: describeBudget(b) });

/** The rules the system runs on, read from where they are kept, so pages show them instead of copying them. */
@Injectable()
export class RulesService {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /**
   * The clock rules and escalation ladders in force. Administrator overrides (DEADLINE_RULES) apply
   * to the clocks a new case starts (docs/domain.md §4); the entry clocks run on the sourced defaults.
   */
  deadlines(): DeadlineRulesDto {
    const overrides = parseDeadlineRuleOverrides(this.config.DEADLINE_RULES);
    const entryKinds = new Set<DeadlineKind>(Object.values(ENTRY_STATUS_CLOCKS).filter((k): k is NonNullable<typeof k> => k !== null));
    const rules = (Object.values(DEFAULT_DEADLINE_RULES) as DeadlineRule[]).map((defaults) => {
      const runsOn = entryKinds.has(defaults.kind) ? 'entry' : defaults.kind === 'PROGRAMME_REVIEW' ? 'programme' : 'case';
      const rule = runsOn === 'case' ? (overrides[defaults.kind] ?? defaults) : defaults;
      return {
        kind: rule.kind,
        title: rule.title,
        owedBy: rule.owedBy,
        budget: budget(rule.budget),
        legalBasis: rule.legalBasis,
        runsOn,
        ladder: rule.ladder.map((step) => ({ ...step, notify: [...step.notify] })),
      };
    });
    return { rules, proofExtension: budget(PROOF_EXTENSION) };
  }

  /** The stages of a case, in the order the process runs (docs/domain.md §3). */
  caseStages(): CaseStagesDto {
    return { stages: Object.values(CaseStage) };
  }
}
