import { addMonths, calendarDaysBetween, computeMetrics, ReviewMetrics, requestOutcome } from '@mou/domain';
import type { ReportChart, ReportSection, ReviewReportSource } from './report-model';
import { count, days, isoDay, rate } from './report-format';

function metricsTable(m: ReviewMetrics): string[][] {
  const b = m.budgets;
  return [
    ['Requests made in the window (visits and investigations)', count(m.totalRequests)],
    ['Requests due by the review date (answered, or past their deadline)', count(m.requestsDue)],
    ['Visits requested', count(m.visitsRequested)],
    ['Visits due', count(m.visitsDue)],
    ['Visits held', count(m.visitsHeld)],
    [`Visits held within ${b.visitDays} days`, count(m.visitsHeldOnTime)],
    ['Visits explicitly refused', count(m.visitsRefused)],
    ['Visit grant rate (held / due)', rate(m.visitGrantRate)],
    [`Visit on-time rate (held within ${b.visitDays} days / due)`, rate(m.visitOnTimeRate)],
    ['Days from request to visit, median', days(m.daysToVisit?.median ?? null)],
    ['Days from request to visit, 90th percentile', days(m.daysToVisit?.p90 ?? null)],
    ['Investigation reports requested', count(m.investigationsRequested)],
    ['Investigation reports due', count(m.investigationsDue)],
    ['Investigation reports received', count(m.reportsReceived)],
    [`Investigation reports received within ${b.investigationReportDays} days`, count(m.reportsOnTime)],
    ['PRC report on-time rate', rate(m.reportOnTimeRate)],
    ['Backlog: requests still open past their deadline', count(m.backlogOlderThan60Days)],
    ['Oldest open request', days(m.oldestOpenRequestDays)],
    ['Requests open more than 120 days', count(m.openOver120Days)],
    ['Requests open more than 180 days', count(m.openAfter180Days)],
    ['Longest wait for an answer', days(m.longestWaitDays)],
    ['US post-visit reports due', count(m.usReportsDue)],
    [`US post-visit reports issued within ${b.usReportDays} days`, count(m.usReportsOnTime)],
    ['US report on-time rate', rate(m.usReportOnTimeRate)],
    ['Facilities blocked in the window', count(m.facilitiesBlocked)],
    ['Entries screened', count(m.entriesScreened)],
    ['Entries released', count(m.entriesReleased)],
    ['Entries detained (held rather than released)', count(m.entriesDetained)],
    ['Entries excluded', count(m.entriesExcluded)],
    ['Certifications filed', count(m.certificationsFiled)],
    ['Certifications missing or incomplete', count(m.certificationsFailing)],
  ];
}

const VISIT_BUCKETS: { label: string; upTo: number }[] = [
  { label: '0-30 days', upTo: 30 },
  { label: '31-60 days', upTo: 60 },
  { label: '61-90 days', upTo: 90 },
  { label: '91-120 days', upTo: 120 },
  { label: '121-180 days', upTo: 180 },
  { label: 'over 180 days', upTo: Infinity },
];

const OUTCOME_SERIES: ReportChart['series'] = [
  { label: 'held / received on time', tone: 'good' },
  { label: 'held / received late', tone: 'late' },
  { label: 'refused', tone: 'refused' },
  { label: 'unanswered past the deadline', tone: 'bad' },
  { label: 'unanswered, not yet due', tone: 'pending' },
];

/** Each visit request by how long the PRC took to hold it, and those it never held. */
function visitTimesChart({ inputs, metrics }: ReviewReportSource): ReportChart {
  const outcomes = inputs.requests
    .filter((r) => r.kind === 'VISIT' && r.requestedAt >= metrics.window.from && r.requestedAt < metrics.window.to && r.requestedAt <= metrics.asOf)
    .map((r) => requestOutcome(r, metrics.asOf, metrics.budgets.visitDays));
  const held = outcomes.filter((o) => o.fulfilled);
  const groups = VISIT_BUCKETS.map((bucket, i) => {
    const inBucket = held.filter((o) => o.daysToFulfil! <= bucket.upTo && (i === 0 || o.daysToFulfil! > VISIT_BUCKETS[i - 1].upTo));
    const onTime = inBucket.filter((o) => o.fulfilledOnTime).length;
    return { label: `held in ${bucket.label}`, values: [onTime, inBucket.length - onTime, 0, 0, 0] };
  });
  const waiting = outcomes.filter((o) => o.open);
  groups.push(
    { label: 'refused', values: [0, 0, outcomes.filter((o) => o.refused && !o.fulfilled).length, 0, 0] },
    { label: 'never held, overdue', values: [0, 0, 0, waiting.filter((o) => o.due).length, 0] },
    { label: 'not held, not yet due', values: [0, 0, 0, 0, waiting.filter((o) => !o.due).length] },
  );
  return { title: 'Request-to-visit times', unit: 'visit requests', series: OUTCOME_SERIES, groups };
}

/** The window's quarters by when each request was made, and what became of the requests by the review date. */
function quarterOutcomesChart({ inputs, metrics }: ReviewReportSource): ReportChart {
  const groups = [0, 1, 2, 3].map((q) => {
    const window = { from: addMonths(metrics.window.from, 3 * q), to: Math.min(addMonths(metrics.window.from, 3 * (q + 1)), metrics.window.to) };
    const m = computeMetrics({ ...inputs, window, asOf: metrics.asOf }, metrics.budgets);
    const onTime = m.visitsHeldOnTime + m.reportsOnTime;
    const late = m.visitsHeld + m.reportsReceived - onTime;
    return {
      label: `Q${q + 1} (from ${isoDay(window.from)})`,
      values: [onTime, late, m.visitsRefused, m.backlogOlderThan60Days, m.totalRequests - m.requestsDue],
    };
  });
  return { title: 'Deadline outcomes per quarter (PRC requests, by the quarter they were made)', unit: 'requests', series: OUTCOME_SERIES, groups };
}

function usReportRows({ inputs, metrics }: ReviewReportSource) {
  const budget = metrics.budgets.usReportDays;
  const owed = inputs.usReports.filter((r) => r.visitHeldAt >= metrics.window.from && r.visitHeldAt < metrics.window.to && r.visitHeldAt <= metrics.asOf);
  const isIssued = (r: (typeof owed)[number]) => r.issuedAt !== null && r.issuedAt <= metrics.asOf;
  const issued = owed.filter(isIssued);
  const late = issued.filter((r) => calendarDaysBetween(r.visitHeldAt, r.issuedAt!) > budget).length;
  const unissued = owed.filter((r) => !isIssued(r));
  const overdue = unissued.filter((r) => calendarDaysBetween(r.visitHeldAt, metrics.asOf) > budget).length;
  return [
    ['Reports owed on visits held in the window', count(owed.length)],
    ['Due by the review date', count(metrics.usReportsDue)],
    [`Issued within ${budget} days of the visit`, count(metrics.usReportsOnTime)],
    ['Issued late', count(late)],
    ['Not issued, overdue', count(overdue)],
    ['Not issued, not yet due', count(unissued.length - overdue)],
    ['On-time rate', rate(metrics.usReportOnTimeRate)],
  ];
}

/** The figures behind the recommendation: metrics, the two charts, blocked facilities, the US side. */
export function figureSections(source: ReviewReportSource): ReportSection[] {
  const { metrics, decision } = source;
  const dist = metrics.daysToVisit;
  const usThreshold = decision.thresholds.usComplianceRateAtLeast;
  const usFlagged = decision.flags.includes('US_NONCOMPLIANCE');
  return [
    { heading: 'Metrics', blocks: [{ kind: 'table', table: { columns: ['Metric', 'Value'], rows: metricsTable(metrics) } }] },
    {
      heading: 'Request-to-visit times',
      blocks: [
        {
          kind: 'paragraph',
          text: dist
            ? `Over the ${metrics.visitsHeld} visits held, the PRC took a median of ${days(dist.median)} and a 90th percentile of ${days(dist.p90)} from the request; the SOC 1994 allows ${days(metrics.budgets.visitDays)}.`
            : `No visit was held by the review date; the SOC 1994 allows ${days(metrics.budgets.visitDays)} from the request.`,
        },
        { kind: 'chart', chart: visitTimesChart(source) },
      ],
    },
    { heading: 'Deadline outcomes per quarter', blocks: [{ kind: 'chart', chart: quarterOutcomesChart(source) }] },
    {
      heading: 'Facilities blocked',
      blocks:
        metrics.blockedFacilities.length === 0
          ? [{ kind: 'paragraph', text: 'No facility was blocked in the window.' }]
          : [{ kind: 'table', table: { columns: ['Facility', 'Blocked on'], rows: metrics.blockedFacilities.map((f) => [f.name, isoDay(f.blockedAt)]) } }],
    },
    {
      heading: 'US-side performance',
      blocks: [
        {
          kind: 'paragraph',
          text: `The US owes its report within ${metrics.budgets.usReportDays} days of each visit (SOC 1994), and the PRC has made new visits depend on it. ${
            metrics.usReportOnTimeRate === null
              ? 'No US report was due by the review date, so US compliance was not tested.'
              : `The US on-time rate was ${rate(metrics.usReportOnTimeRate)}, ${usFlagged ? 'below' : 'at least'} the ${usThreshold} it holds itself to${usFlagged ? ': the report carries US_NONCOMPLIANCE.' : '.'}`
          }`,
        },
        { kind: 'table', table: { columns: ['US post-visit reports', 'Count'], rows: usReportRows(source) } },
      ],
    },
  ];
}
