import { calendarDaysBetween, DEFAULT_REVIEW_THRESHOLDS, requestOutcome, RequestFact, ReviewThresholds } from '@mou/domain';
import { REVIEW_FACT_MAPPING } from '@mou/persistence';
import type { ReportSection, ReviewReportSource } from './report-model';
import { days, isoDay } from './report-format';

const inWindow = (instant: number, { metrics }: ReviewReportSource) => instant >= metrics.window.from && instant < metrics.window.to && instant <= metrics.asOf;

function requestOutcomeText(fact: RequestFact, source: ReviewReportSource): string {
  const { asOf, budgets } = source.metrics;
  const o = requestOutcome(fact, asOf, fact.kind === 'VISIT' ? budgets.visitDays : budgets.investigationReportDays);
  if (o.fulfilled) return `${fact.kind === 'VISIT' ? 'held' : 'received'} ${o.fulfilledOnTime ? 'on time' : 'late'}, after ${days(o.daysToFulfil)}`;
  if (o.refused) return `refused after ${days(o.waitDays)}`;
  return `open ${days(o.ageDays)}, ${o.due ? 'overdue' : 'not yet due'}`;
}

/** The instant as a date, or a dash when it had not happened by the review date. */
const knownDay = (instant: number | null, asOf: number) => (instant === null || instant > asOf ? '-' : isoDay(instant));

/** Rows listed in each appendix table of the report; every row is in the facts file stored beside it. */
export const APPENDIX_ROWS = 500;

const REQUEST_COLUMNS = ['Case', 'Facility', 'Request', 'Made', 'Held / received', 'Refused', 'Outcome at the review date'];
const US_REPORT_COLUMNS = ['Case', 'Visit held', 'Report issued', 'Days after the visit'];

/** A table of facts: its columns, how many rows, and row i on demand (a year may hold many). */
export interface FactTable {
  columns: string[];
  size: number;
  row(i: number): string[];
}

/** The requests and US reports the figures counted, as table rows (the appendix and the facts file). */
export function reviewedFacts(source: ReviewReportSource): { requests: FactTable; usReports: FactTable } {
  const { inputs, metrics, names } = source;
  const caseName = (id: string) => names.cases[id] ?? id;
  const requests = inputs.requests.filter((r) => inWindow(r.requestedAt, source));
  const usReports = inputs.usReports.filter((r) => inWindow(r.visitHeldAt, source));
  return {
    requests: {
      columns: REQUEST_COLUMNS,
      size: requests.length,
      row: (i) => {
        const r = requests[i];
        return [
          caseName(r.caseId),
          names.facilities[r.facilityId] ?? r.facilityId,
          r.kind === 'VISIT' ? 'visit' : 'investigation report',
          isoDay(r.requestedAt),
          knownDay(r.fulfilledAt, metrics.asOf),
          knownDay(r.refusedAt, metrics.asOf),
          requestOutcomeText(r, source),
        ];
      },
    },
    usReports: {
      columns: US_REPORT_COLUMNS,
      size: usReports.length,
      row: (i) => {
        const r = usReports[i];
        const issued = r.issuedAt !== null && r.issuedAt <= metrics.asOf ? r.issuedAt : null;
        return [caseName(r.caseId), isoDay(r.visitHeldAt), knownDay(issued, metrics.asOf), issued === null ? '-' : days(calendarDaysBetween(r.visitHeldAt, issued))];
      },
    },
  };
}

/** A table of the first APPENDIX_ROWS rows, saying where the rest are when there are more. */
function listed(table: FactTable, what: string, source: ReviewReportSource): ReportSection['blocks'] {
  const rows = Array.from({ length: Math.min(table.size, APPENDIX_ROWS) }, (_, i) => table.row(i));
  const blocks: ReportSection['blocks'] = [{ kind: 'table', table: { columns: table.columns, rows } }];
  if (table.size > APPENDIX_ROWS) {
    blocks.unshift({
      kind: 'paragraph',
      text:
        `The first ${APPENDIX_ROWS.toLocaleString('en')} of ${table.size.toLocaleString('en')} ${what}, in the order they were made. ` +
        `Every one of them is in the facts file stored with this report: /api/v1/reviews/${source.reviewId}/facts.csv.`,
    });
  }
  return blocks;
}

function appendix(source: ReviewReportSource): ReportSection[] {
  const facts = reviewedFacts(source);
  return [
    {
      heading: 'Appendix A: the requests reviewed',
      blocks: facts.requests.size === 0 ? [{ kind: 'paragraph', text: 'No request was made in the window.' }] : listed(facts.requests, 'requests', source),
    },
    {
      heading: 'Appendix B: the US post-visit reports reviewed',
      blocks:
        facts.usReports.size === 0
          ? [{ kind: 'paragraph', text: 'No visit was held in the window, so no US report was owed.' }]
          : listed(facts.usReports, 'US post-visit reports', source),
    },
  ];
}

/** Everything needed to reach the same recommendation again: rule, thresholds, clocks, window, facts. */
export function reproductionSections(source: ReviewReportSource): ReportSection[] {
  const { decision, metrics, inputs } = source;
  const visits = inputs.requests.filter((r) => r.kind === 'VISIT' && inWindow(r.requestedAt, source)).length;
  const investigations = inputs.requests.filter((r) => r.kind === 'INVESTIGATION' && inWindow(r.requestedAt, source)).length;
  return [
    {
      heading: 'How to reproduce this recommendation',
      blocks: [
        {
          kind: 'paragraph',
          text: `Rule ${decision.ruleVersion} (decideRecommendation in libs/domain) applied to the metrics above, with the thresholds below, gives ${decision.recommendation}. The metrics are computeMetrics over the facts in the appendices, for the window and review date below, with the SOC 1994 clocks below. Days are whole calendar days in UTC.`,
        },
        {
          kind: 'table',
          table: {
            columns: ['Threshold', 'Value', 'Default'],
            rows: (Object.keys(DEFAULT_REVIEW_THRESHOLDS) as (keyof ReviewThresholds)[]).map((key) => [key, String(decision.thresholds[key]), String(DEFAULT_REVIEW_THRESHOLDS[key])]),
          },
        },
        {
          kind: 'table',
          table: {
            columns: ['Input', 'Value'],
            rows: [
              ['Window from (inclusive)', new Date(metrics.window.from).toISOString()],
              ['Window to (exclusive)', new Date(metrics.window.to).toISOString()],
              ['Review date (facts known by then)', new Date(metrics.asOf).toISOString()],
              ['Clock for a visit (days from the request)', String(metrics.budgets.visitDays)],
              ['Clock for a PRC investigation report (days from the request)', String(metrics.budgets.investigationReportDays)],
              ['Clock for a US post-visit report (days from the visit)', String(metrics.budgets.usReportDays)],
              ['Visit requests (appendix A)', String(visits)],
              ['Investigation requests (appendix A)', String(investigations)],
              ['US post-visit reports owed (appendix B)', String(inputs.usReports.filter((r) => inWindow(r.visitHeldAt, source)).length)],
              ['Facilities blocked', String(metrics.facilitiesBlocked)],
              ['Entries filed', String(inputs.entries.length)],
            ],
          },
        },
        { kind: 'paragraph', text: 'How the facts were read from the casework records:' },
        { kind: 'list', items: [...REVIEW_FACT_MAPPING] },
      ],
    },
    ...appendix(source),
  ];
}
