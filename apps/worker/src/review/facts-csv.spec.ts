import { computeMetrics, decideRecommendation, RequestFact, ReviewInputs } from '@mou/domain';
import { csvRecords } from '@mou/persistence';
import { csvCell, renderFactsCsv } from './facts-csv';

describe('a facts file cell', () => {
  // The project's general CSV writer (csv-stringify with formula escaping) is the reference.
  const cells = [
    '', '-', '--', '-12', '=SUM(A1:A2)', '+1', '@cmd', '\tx', '\rx', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF201', 'MOU-2025-000001',
    'held late, after 75 days', 'say "no"', 'line\nbreak', 'carriage\rreturn', 'open 12 days, overdue', '=a,"b"', 'plain', '2025-01-01',
  ];

  it('is written as the general CSV writer writes a text cell: formulas disarmed, quotes doubled, commas and line breaks quoted', () => {
    for (const value of cells) expect({ value, cell: `${csvCell(value)}\r\n` }).toEqual({ value, cell: csvRecords([[value]]) });
    expect(cells.map(csvCell).join(',') + '\r\n').toBe(csvRecords([cells]));
  });
});

describe('the facts file of a year of many requests', () => {
  const DAY = 86_400_000;
  const from = Date.parse('2025-01-01T00:00:00Z');
  // 2,001 visit requests, one a day round the year: the file is written 2,000 rows at a time, so the last one starts a second chunk.
  const requests: RequestFact[] = Array.from({ length: 2_001 }, (_, i) => ({
    caseId: `case-${i}`,
    facilityId: i === 2_000 ? 'facility-cn' : 'facility-1',
    kind: 'VISIT',
    requestedAt: from + (i % 365) * DAY + 3_600_000,
    fulfilledAt: i === 0 ? from + 30 * DAY : null,
    refusedAt: null,
  }));
  const inputs: ReviewInputs = {
    window: { from, to: from + 365 * DAY },
    asOf: from + 365 * DAY,
    requests,
    usReports: [{ caseId: 'case-0', visitHeldAt: from + 30 * DAY, issuedAt: from + 95 * DAY }],
    facilitiesBlocked: [],
    entries: [],
  };
  const metrics = computeMetrics(inputs);
  const source = {
    reviewId: 'mou-review-2025-01-01',
    periodStart: '2025-01-01',
    periodEnd: '2026-01-01',
    inputs,
    metrics,
    decision: decideRecommendation(metrics),
    names: { cases: { 'case-0': 'MOU-2025-000001', 'case-2000': '=MOU-2025-002001' }, facilities: { 'facility-1': 'Camp "One", Qinghai', 'facility-cn': '青海省劳改农场' } },
  };

  it('has every row once, names quoted or disarmed as needed, across the chunks it is written in', () => {
    const lines = renderFactsCsv(source).split('\r\n');
    expect(lines).toHaveLength(1 + 2_001 + 1 + 1);
    expect(lines[lines.length - 1]).toBe('');
    expect(lines[0]).toBe('Fact,Case,Facility,Request,Made,Held / received,Refused,Outcome at the review date,Visit held,Report issued,Days after the visit');
    expect(lines[1]).toBe('request,MOU-2025-000001,"Camp ""One"", Qinghai",visit,2025-01-01,2025-01-31,-,"held on time, after 30 days",,,');
    expect(lines[2]).toBe('request,case-1,"Camp ""One"", Qinghai",visit,2025-01-02,-,-,"open 364 days, overdue",,,');
    expect(lines[2_000]).toBe('request,case-1999,"Camp ""One"", Qinghai",visit,2025-06-24,-,-,"open 191 days, overdue",,,');
    expect(lines[2_001]).toBe("request,'=MOU-2025-002001,青海省劳改农场,visit,2025-06-25,-,-,\"open 190 days, overdue\",,,");
    expect(lines[2_002]).toBe('US post-visit report,MOU-2025-000001,,,,,,,2025-01-31,2025-04-06,65 days');
  });
});
