import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { computeMetrics, decideRecommendation, DEFAULT_REVIEW_THRESHOLDS, RequestFact, ReviewInputs } from '@mou/domain';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { renderFactsCsv } from './facts-csv';
import { APPENDIX_ROWS } from './reproduction-sections';
import { buildReviewReport } from './review-report';

const DAY = 86_400_000;
const from = Date.parse('2025-01-01T00:00:00Z');
const to = Date.parse('2026-01-01T00:00:00Z');
const day = (n: number) => from + n * DAY;

/** The USCC 2008 record: 18 visits requested ten days apart, 3 held late, the rest never answered. */
function historicalYear(): ReviewInputs {
  const requests: RequestFact[] = Array.from({ length: 18 }, (_, i) => ({
    caseId: `case-${i}`,
    facilityId: `facility-${i}`,
    kind: 'VISIT',
    requestedAt: day(i * 10),
    fulfilledAt: i < 3 ? day(i * 10 + [75, 120, 200][i]) : null,
    refusedAt: null,
  }));
  return {
    window: { from, to },
    asOf: to,
    requests,
    usReports: [75, 130, 240].map((held, i) => ({ caseId: `case-${i}`, visitHeldAt: day(held), issuedAt: day(held + (i === 2 ? 90 : 20)) })),
    facilitiesBlocked: [{ facilityId: 'facility-5', name: 'Shayang <prison> farm', blockedAt: day(230) }],
    entries: [{ entryId: 'e-1', status: 'DETAINED', certificationComplete: false }],
  };
}

function report(inputs = historicalYear(), thresholds = DEFAULT_REVIEW_THRESHOLDS) {
  const metrics = computeMetrics(inputs);
  const decision = decideRecommendation(metrics, thresholds);
  return buildReviewReport({
    reviewId: 'mou-review-2025-01-01',
    periodStart: '2025-01-01',
    periodEnd: '2026-01-01',
    inputs,
    metrics,
    decision,
    names: { cases: { 'case-0': 'MOU-2025-000001' }, facilities: { 'facility-0': 'Laogai camp 1' } },
  });
}

describe(buildReviewReport.name, () => {
  it('puts the recommendation first, then why, with each reason, its figure and its threshold', () => {
    const r = report();
    expect(r.sections.map((s) => s.heading).slice(0, 4)).toEqual(['Recommendation: REVOKE', 'Why', 'Flags', 'Amendments the data point to']);
    const why = r.sections[1].blocks.find((b) => b.kind === 'table');
    expect(why).toMatchObject({
      table: { rows: expect.arrayContaining([[expect.stringMatching(/^The PRC held 3 of 18 requested visits/), '0.167', 'revoke below 0.33']]) },
    });
    expect(r.flags).toEqual(['US_NONCOMPLIANCE']);
  });

  it('charts the request-to-visit times and the outcomes of each quarter from the same facts', () => {
    const charts = report().sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
    const [visitTimes, quarters] = charts;
    const bar = (label: string) => visitTimes.groups.find((g) => g.label === label)!.values;
    expect(bar('held in 61-90 days')).toEqual([0, 1, 0, 0, 0]);
    expect(bar('held in over 180 days')).toEqual([0, 1, 0, 0, 0]);
    expect(bar('never held, overdue')).toEqual([0, 0, 0, 15, 0]);
    // Requests on days 0-80 fall in the first quarter (90 days), 90-170 in the second.
    expect(quarters.groups.map((g) => g.values.reduce((a, b) => a + b, 0))).toEqual([9, 9, 0, 0]);
  });
});

describe('a year of many requests', () => {
  const many = (): ReviewInputs => ({
    ...historicalYear(),
    requests: Array.from({ length: 20_000 }, (_, i) => ({ caseId: `case-${i}`, facilityId: `facility-${i % 40}`, kind: 'VISIT', requestedAt: day(i % 360), fulfilledAt: null, refusedAt: null })),
  });

  it('lists the first requests in the appendix and says where every one of them is', () => {
    const inputs = many();
    const metrics = computeMetrics(inputs);
    const source = { reviewId: 'mou-review-2025-01-01', periodStart: '2025-01-01', periodEnd: '2026-01-01', inputs, metrics, decision: decideRecommendation(metrics, DEFAULT_REVIEW_THRESHOLDS), names: { cases: {}, facilities: {} } };
    const appendix = buildReviewReport(source).sections.find((s) => s.heading === 'Appendix A: the requests reviewed')!;
    const table = appendix.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ table: { rows: expect.any(Array) } });
    expect(table!.kind === 'table' && table!.table.rows).toHaveLength(APPENDIX_ROWS);
    expect(appendix.blocks[0]).toEqual({
      kind: 'paragraph',
      text: `The first 500 of 20,000 requests, in the order they were made. Every one of them is in the facts file stored with this report: /api/v1/reviews/mou-review-2025-01-01/facts.csv.`,
    });
    // The facts file has them all, one row each, with the US reports after them.
    const lines = renderFactsCsv(source).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 20_000 + 3);
    expect(lines[1]).toBe('request,case-0,facility-0,visit,2025-01-01,-,-,"open 365 days, overdue",,,');
    expect(lines[lines.length - 1]).toMatch(/^US post-visit report,case-2,/);
  });
});

describe('the three formats', () => {
  const r = report();

  it('say the same things in the same order', async () => {
    const markdown = renderMarkdown(r);
    const html = renderHtml(r);
    const { text } = await pdfParse(await renderPdf(r, new Date(to)));
    const headings = (doc: string, as: (heading: string) => string) => r.sections.map((s) => doc.indexOf(as(s.heading)));
    for (const at of [headings(markdown, (h) => `\n## ${h}\n`), headings(html, (h) => `<h2>${h}</h2>`), headings(text, (h) => `\n${h}\n`)]) {
      expect(at.every((p) => p >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('give a PDF that opens and says the recommendation and why', async () => {
    const { text, numpages } = await pdfParse(await renderPdf(r, new Date(to)));
    expect(numpages).toBeGreaterThan(1);
    expect(text).toContain('Recommendation: REVOKE');
    expect(text).toContain('Revoke the MOU');
    expect(text.replace(/\s+/g, ' ')).toContain('The PRC held 3 of 18 requested visits');
  });

  it('give a self-contained HTML page with SVG charts, escaping what the data says', () => {
    const html = renderHtml(r);
    expect(html).toContain('<svg');
    expect(html).toContain('Shayang &lt;prison&gt; farm');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
  });

  it('give Markdown with the charts as text tables', () => {
    const markdown = renderMarkdown(r);
    expect(markdown.startsWith('# One-year review')).toBe(true);
    expect(markdown).toMatch(/\| never held, overdue \| 0 \| 0 \| 0 \| 15 \| 0 \| 15 \| #+ \|/);
    expect(markdown).toContain('| Reason | Figure | Threshold |');
  });
});

describe('the PDF and facilities named in Chinese', () => {
  // The appendix names the facility of each request; the blocked facility is named in its table.
  const inputs = historicalYear();
  inputs.facilitiesBlocked = [{ facilityId: 'facility-5', name: '沙洋监狱农场', blockedAt: day(230) }];
  const metrics = computeMetrics(inputs);
  const chinese = buildReviewReport({
    reviewId: 'mou-review-2025-01-01',
    periodStart: '2025-01-01',
    periodEnd: '2026-01-01',
    inputs,
    metrics,
    decision: decideRecommendation(metrics),
    names: { cases: {}, facilities: { 'facility-0': '青海省劳改农场' } },
  });

  it('prints the names as themselves, in a font embedded as a subset', async () => {
    const pdf = await renderPdf(chinese, new Date(to));
    const { text } = await pdfParse(pdf);
    expect(text).toContain('青海省劳改农场');
    expect(text).toContain('沙洋监狱农场');
    // Subset: a full CJK font is megabytes; the glyphs of a few names are not.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('names the missing font file and the setting that finds it', () => {
    expect(() => renderPdf(chinese, new Date(to), { path: '/nonexistent/font.ttf' })).toThrow(/\/nonexistent\/font\.ttf was not found.*REPORT_FONT_PATH/);
  });
});
