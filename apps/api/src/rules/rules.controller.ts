import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig, parseDeadlineRuleOverrides } from '@mou/config';
import { type Budget, DEFAULT_DEADLINE_RULES, type DeadlineKind, type DeadlineRule, describeBudget, ENTRY_STATUS_CLOCKS, PROOF_EXTENSION } from '@mou/domain';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiSignedIn } from '../common/api-errors';
import { DeadlineRulesDto } from './rules.dto';

const budget = (b: Budget) => ({ unit: b.unit, amount: b.amount, text: describeBudget(b) });

/** The rules the system runs on, read from where they are kept, so pages show them instead of copying them. */
@ApiTags('rules')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('rules')
export class RulesController {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  /**
   * The clock rules and escalation ladders in force. Administrator overrides (DEADLINE_RULES) apply
   * to the clocks a new case starts (docs/domain.md §4); the entry clocks run on the sourced defaults.
   */
  @Get('deadlines')
  @ApiOperation({ summary: 'The clock rules and escalation ladders in force' })
  @RequirePermission(Permission.ReferenceDataRead)
  @ApiOkResponse({ type: DeadlineRulesDto })
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
}
