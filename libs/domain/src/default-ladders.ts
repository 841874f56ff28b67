import type { EscalationLadder, EscalationStep } from './deadline-rule';

// Default ladders [Choice] (docs/domain.md §5). Offsets are calendar days from the due instant; for the
// 60-day SOC 1994 clocks they put the steps at day 45, 60, 90, 120 and 180 from the request.
// These are defaults: an administrator can give a rule another ladder.

/**
 * [Choice] A breach or worse that nobody acknowledged reminds the supervisors again after this many
 * hours, until acknowledged. The default of ESCALATION_REMINDER_HOURS, which sets it for new cases.
 */
export const DEFAULT_ESCALATION_REMINDER_HOURS = 24;
const remindEveryHours = DEFAULT_ESCALATION_REMINDER_HOURS;

function ladder(...steps: EscalationStep[]): EscalationLadder {
  return Object.freeze(steps.map((step) => Object.freeze({ ...step, notify: Object.freeze([...step.notify]) as EscalationStep['notify'] })));
}

const PRC_REMINDER: EscalationStep = {
  level: 1,
  type: 'REMINDER',
  offsetDaysFromDue: -15,
  requiresApproval: false,
  notify: ['assignee'],
  description: 'Deadline at risk: 75% of the time the PRC has under the 1994 Statement of Cooperation has passed.',
};

const PRC_BREACH: EscalationStep = {
  level: 2,
  type: 'BREACH',
  offsetDaysFromDue: 0,
  requiresApproval: false,
  notify: ['assignee', 'supervisors'],
  description: 'The PRC missed the 60-day deadline: the case is overdue, and a diplomatic note is drafted on the case for a supervisor to edit, approve and send.',
  remindEveryHours,
};

const PRC_SENIOR_ESCALATION: EscalationStep = {
  level: 3,
  type: 'SENIOR_ESCALATION',
  offsetDaysFromDue: 30,
  requiresApproval: false,
  notify: ['assignee', 'supervisors'],
  description: 'Escalated to agency leadership and the State Department; the case is on the agenda of the next bilateral meeting.',
  remindEveryHours,
};

/** The PRC arranges a requested visit: the full ladder, ending in a deemed refusal of access. */
export const PRC_VISIT_LADDER: EscalationLadder = ladder(
  PRC_REMINDER,
  PRC_BREACH,
  PRC_SENIOR_ESCALATION,
  {
    level: 4,
    type: 'PROVISIONAL_WRO',
    offsetDaysFromDue: 60,
    requiresApproval: true,
    notify: ['supervisors'],
    description: 'A provisional Withhold Release Order (19 CFR 12.42) is recommended for the facility; a supervisor approves it.',
    remindEveryHours,
  },
  {
    level: 5,
    type: 'DEEMED_REFUSAL',
    offsetDaysFromDue: 120,
    requiresApproval: true,
    notify: ['assignee', 'supervisors'],
    description: 'The visit is deemed refused: access denied, and the facility is blocked once a supervisor confirms.',
    remindEveryHours,
  },
);

/**
 * A late PRC investigation report stops at senior escalation. The CAP proposal blocks facilities
 * where US inspectors were denied *access*; a missing report is not a denied visit, so it does not
 * lead on its own to a provisional WRO or a deemed refusal. If the delay points to a problem, the
 * investigator requests a visit, whose clock carries the full ladder.
 */
export const PRC_INVESTIGATION_REPORT_LADDER: EscalationLadder = ladder(PRC_REMINDER, PRC_BREACH, PRC_SENIOR_ESCALATION);

/**
 * The US post-visit report escalates internally from day 45, because the PRC has made new visits
 * depend on it (USCC 2008 p. 325) and the obligations are reciprocal.
 */
export const US_VISIT_REPORT_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -15,
    requiresApproval: false,
    notify: ['assignee', 'supervisors'],
    description: 'The US post-visit report is due in 15 days; the PRC conditions further visits on it.',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['assignee', 'supervisors'],
    description: 'The US missed its 60-day deadline for the post-visit report (1994 Statement of Cooperation).',
    remindEveryHours,
  },
);

/**
 * The US investigation report when the PRC raised an allegation (SOC 1994: either side investigates
 * and reports within 60 days of the request). It escalates inside the agency like the US post-visit
 * report, because the obligations are reciprocal and a late US answer weakens every US request.
 */
export const US_INVESTIGATION_REPORT_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -15,
    requiresApproval: false,
    notify: ['assignee', 'supervisors'],
    description: 'The US investigation report the PRC asked for is due in 15 days (1994 Statement of Cooperation, reciprocal).',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['assignee', 'supervisors'],
    description: 'The US missed its 60-day deadline for the investigation report the PRC asked for (1994 Statement of Cooperation).',
    remindEveryHours,
  },
);

/**
 * A conforming petition is forwarded to the Commissioner within 10 days (19 CFR 12.42(c)): a
 * reminder to the investigator three days before, then the supervisors at the breach.
 */
export const PETITION_FORWARDING_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -3,
    requiresApproval: false,
    notify: ['assignee'],
    description: 'The conforming petition must be forwarded to the Commissioner of CBP within 3 days (19 CFR 12.42(c)).',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['assignee', 'supervisors'],
    description: 'The conforming petition was not forwarded to the Commissioner of CBP within 10 days of receipt (19 CFR 12.42(c)).',
    remindEveryHours,
  },
);

/** CBP owes the release-or-detain decision; five business days leave no room for a reminder. */
export const ENTRY_DECISION_LADDER: EscalationLadder = ladder({
  level: 1,
  type: 'BREACH',
  offsetDaysFromDue: 0,
  requiresApproval: false,
  notify: ['assignee', 'supervisors', 'importer'],
  description: 'No release-or-detain decision within 5 business days of presentation (19 CFR 151.16(b)).',
});

export const ENTRY_PROOF_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -14,
    requiresApproval: false,
    notify: ['importer'],
    description: 'Proof of admissibility for the detained entry is due in 14 days (19 CFR 12.43).',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['importer', 'assignee', 'supervisors'],
    description: 'No proof of admissibility within 3 months of importation: the entry is to be excluded (19 CFR 12.44).',
  },
);

export const ENTRY_EXPORT_OR_PROTEST_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -10,
    requiresApproval: false,
    notify: ['importer'],
    description: 'The excluded goods must be exported or the exclusion protested within 10 days (19 CFR 12.44(a)).',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['importer', 'assignee', 'supervisors'],
    description: 'Neither exported nor protested within 60 days: the goods are deemed abandoned (19 CFR 12.44(a)).',
  },
);

/** CBP owes the decision; the importer is told because the protest is then deemed denied. */
export const PROTEST_DECISION_LADDER: EscalationLadder = ladder({
  level: 1,
  type: 'BREACH',
  offsetDaysFromDue: 0,
  requiresApproval: false,
  notify: ['assignee', 'supervisors', 'importer'],
  description: 'No decision on the protest of exclusion within 30 days: it is deemed denied (19 CFR 174.21(b)).',
});

/** [Choice] Our choice: a month's notice before the one-year policy test ends, then the breach. */
export const PROGRAMME_REVIEW_LADDER: EscalationLadder = ladder(
  {
    level: 1,
    type: 'REMINDER',
    offsetDaysFromDue: -30,
    requiresApproval: false,
    notify: ['supervisors'],
    description: 'The one-year programme review ends in 30 days; the recommendation must be prepared.',
  },
  {
    level: 2,
    type: 'BREACH',
    offsetDaysFromDue: 0,
    requiresApproval: false,
    notify: ['supervisors'],
    description: 'The one-year review period is over without a delivered recommendation.',
  },
);
